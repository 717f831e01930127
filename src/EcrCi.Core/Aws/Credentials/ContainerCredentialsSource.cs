using System.Net;
using EcrCi.Errors;

namespace EcrCi.Aws.Credentials;

/// <summary>
/// The container credentials endpoint of ECS and EKS Pod Identity:
/// <c>AWS_CONTAINER_CREDENTIALS_RELATIVE_URI</c> (on <c>http://169.254.170.2</c>) or
/// <c>AWS_CONTAINER_CREDENTIALS_FULL_URI</c> (https, loopback, or the ECS and EKS agents'
/// link-local addresses), with the <c>Authorization</c> header from
/// <c>AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE</c> (re-read each time, as EKS rotates it) or
/// <c>AWS_CONTAINER_AUTHORIZATION_TOKEN</c>.
/// </summary>
internal sealed class ContainerCredentialsSource : CredentialSource
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private static readonly HashSet<string> AgentAddresses = new(StringComparer.OrdinalIgnoreCase) { "169.254.170.2", "169.254.170.23", "[fd00:ec2::23]" };

    public override string Name => "container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)";

    public override async Task<ResolvedCredentials?> TryResolveAsync(CredentialContext context, Action<string> absent, CancellationToken cancellationToken)
    {
        var environment = context.Environment;
        var uri = Address(environment);
        if (uri is null)
        {
            absent("AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_CREDENTIALS_RELATIVE_URI are not set");
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (AuthorizationToken(environment) is { } token)
        {
            context.Log.Redactor.Add(token);
            request.Headers.TryAddWithoutValidation("Authorization", token);
        }

        (int Status, byte[] Body) answer;
        try
        {
            answer = await HttpKeys.SendAsync(request, Timeout, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or IOException)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The container credentials endpoint ({Describe(uri)}) did not answer: {e.Message}. Check that the task or pod has a role (ECS task role, EKS Pod Identity association).", e);
        }

        return answer.Status switch
        {
            200 => HttpKeys.Read(context, answer.Body, "container credentials"),
            401 or 403 => throw new EcrLoginException(EcrErrorKind.InvalidCredentials,
                $"The container credentials endpoint ({Describe(uri)}) refused the authorization token (HTTP {answer.Status}): check AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (or AWS_CONTAINER_AUTHORIZATION_TOKEN)."),
            _ => throw new EcrLoginException(EcrErrorKind.NoCredentials,
                $"The container credentials endpoint ({Describe(uri)}) answered HTTP {answer.Status}: check the task's or pod's role."),
        };
    }

    private static Uri? Address(AwsEnvironment environment)
    {
        if (environment.Get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") is { } relative)
        {
            return new Uri("http://169.254.170.2" + (relative.StartsWith('/') ? relative : "/" + relative));
        }

        if (environment.Get("AWS_CONTAINER_CREDENTIALS_FULL_URI") is not { } full)
        {
            return null;
        }

        if (!Uri.TryCreate(full, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw EcrLoginException.Input("AWS_CONTAINER_CREDENTIALS_FULL_URI is not an http or https URL.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !AgentAddresses.Contains(uri.Host) && !(IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)))
        {
            throw EcrLoginException.Input("AWS_CONTAINER_CREDENTIALS_FULL_URI uses plain http to a host that is neither loopback nor the ECS or EKS agent (169.254.170.2, 169.254.170.23): use https.");
        }

        return uri;
    }

    private static string? AuthorizationToken(AwsEnvironment environment)
    {
        string? token = null;
        if (environment.Get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") is { } file)
        {
            try
            {
                token = File.ReadAllText(file).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new EcrLoginException(EcrErrorKind.NoCredentials, $"AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE names '{file}', which cannot be read: {e.Message}", e);
            }
        }

        token ??= environment.Get("AWS_CONTAINER_AUTHORIZATION_TOKEN");
        if (token is not null && token.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw EcrLoginException.Input("The container authorization token holds a line break: check AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (or AWS_CONTAINER_AUTHORIZATION_TOKEN).");
        }

        return token;
    }

    private static string Describe(Uri uri) => uri.GetLeftPart(UriPartial.Authority);
}
