using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EcrCi.Errors;
using EcrCi.Secrets;

namespace EcrCi.Aws;

/// <summary>Calls STS <c>AssumeRoleWithWebIdentity</c> (unsigned) and wraps the temporary credentials.</summary>
internal static class RoleAssumer
{
    public static async Task<ResolvedCredentials> AssumeAsync(
        RoleAssumption role, string? region, AwsEnvironment environment, Hosts.CiHost host, HttpMessageHandler transport, System.Net.IWebProxy? proxy, Redactor redactor, CancellationToken cancellationToken)
    {
        if (role.TokenSource is null)
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput, "Role chaining is not wired yet.") { Option = nameof(EcrAuthOptions.RoleChaining) };
        }

        var token = redactor.Add(await role.TokenSource.GetTokenAsync(environment, transport, cancellationToken));
        var config = new AmazonSecurityTokenServiceConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region ?? "us-east-1") };
        var ignore = environment.GetBoolean("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") ?? false;
        if (!ignore && (environment.Get("AWS_ENDPOINT_URL_STS") ?? environment.Get("AWS_ENDPOINT_URL")) is { } endpoint)
        {
            config.ServiceURL = EndpointSettings.ParseEndpoint(endpoint, "AWS_ENDPOINT_URL_STS", environment).ToString();
        }

        if (proxy is not null)
        {
            config.SetWebProxy(proxy);
        }

        using var sts = new AmazonSecurityTokenServiceClient(new AnonymousAWSCredentials(), config);
        AssumeRoleWithWebIdentityResponse response;
        try
        {
            response = await sts.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest
            {
                RoleArn = role.RoleArn,
                RoleSessionName = role.SessionName,
                WebIdentityToken = token,
                DurationSeconds = (int)role.Duration.TotalSeconds,
            }, cancellationToken);
        }
        catch (AmazonSecurityTokenServiceException e)
        {
            throw Translate(e, role.RoleArn, Hosts.CiHost.IssuerOf(token, host));
        }
        catch (AmazonClientException e)
        {
            throw new EcrLoginException(EcrErrorKind.Network, $"STS could not be reached to assume {role.RoleArn}: {e.Message}", e);
        }

        var credentials = response.Credentials;
        var secretKey = redactor.Add(new Secret(credentials.SecretAccessKey));
        var sessionToken = redactor.Add(new Secret(credentials.SessionToken));
        var session = new SessionAWSCredentials(credentials.AccessKeyId, secretKey.Reveal(), sessionToken.Reveal());
        var assumed = new AssumedRoleCredentials(credentials.AccessKeyId, secretKey, sessionToken, credentials.Expiration is { } expires ? new DateTimeOffset(expires, TimeSpan.Zero) : null, response.AssumedRoleUser?.Arn);
        return new ResolvedCredentials(session, await session.GetCredentialsAsync(), $"the role {role.RoleArn} (web identity)") { AssumedRole = assumed };
    }

    private static EcrLoginException Translate(AmazonSecurityTokenServiceException e, string roleArn, Hosts.CiHost host)
    {
        var (kind, advice) = e.ErrorCode switch
        {
            "AccessDenied" => (EcrErrorKind.AccessDenied, host.RoleTrustAdvice),
            "InvalidIdentityToken" or "IDPRejectedClaim" => (EcrErrorKind.InvalidCredentials,
                "The identity token was not accepted: check that the IAM OIDC provider exists for the token's issuer and that the audience is sts.amazonaws.com (or the one the provider lists)."),
            "ExpiredTokenException" => (EcrErrorKind.ExpiredCredentials, "The identity token expired before it was used: request a fresh one."),
            "ValidationError" => (EcrErrorKind.InvalidInput, "Check the role ARN, session name and duration (at most the role's maximum session duration)."),
            _ => (EcrErrorKind.ServiceError, "See STS's message."),
        };
        return new EcrLoginException(kind, $"sts:AssumeRoleWithWebIdentity for {roleArn} failed with {e.ErrorCode}: {e.Message}. {advice}", e) { AwsErrorCode = e.ErrorCode };
    }
}
