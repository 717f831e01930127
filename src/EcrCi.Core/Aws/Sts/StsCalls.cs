using System.Net;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EcrCi.Errors;
using EcrCi.Logging;
using EcrCi.Tokens;
using Polly.Timeout;

namespace EcrCi.Aws.Sts;

/// <summary>
/// The STS calls of every credential source and role option (<c>AssumeRoleWithWebIdentity</c>,
/// <c>AssumeRole</c>, <c>GetCallerIdentity</c>), made with AWSSDK.SecurityToken against the one
/// regional endpoint the settings name (<see cref="EndpointSettings.StsOverride"/>),
/// retried like the ECR call within the same deadline (the SDK's own retries are off), and
/// every key they return registered for redaction the moment it arrives.
/// </summary>
/// <param name="region">The region of the regional endpoint.</param>
/// <param name="endpoint">The configured STS endpoint (see <see cref="EndpointSettings.StsOverride"/>), or null for the regional one.</param>
/// <param name="proxy">The proxy, or null.</param>
/// <param name="retry">Attempts, delays and timeouts.</param>
/// <param name="log">The operation's log.</param>
/// <param name="transport">The operation's transport (its proxy and TLS trust), or null for the SDK's own.</param>
internal sealed class StsCalls(string region, Uri? endpoint, IWebProxy? proxy, RetrySettings retry, RedactingLog log, HttpMessageHandler? transport = null)
{
    private static readonly HashSet<string> ThrottleCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException", "IDPCommunicationError", "RequestTimeout", "RequestTimeoutException",
    };

    /// <summary>The product's User-Agent, appended to the SDK's own on every call, or null for the SDK's alone.</summary>
    public string? UserAgent { get; init; }

    /// <summary>The region the calls go to.</summary>
    public string Region => region;

    /// <summary>Assumes a role with a web identity token; the token is asked for again on every attempt (a CI system's token may be single-use).</summary>
    public async Task<ResolvedCredentials> AssumeRoleWithWebIdentityAsync(
        RoleAssumption role, Func<CancellationToken, Task<string>> token, string source, Hosts.CiHost host, CancellationToken cancellationToken)
    {
        string? lastToken = null;
        var response = await CallAsync("AssumeRoleWithWebIdentity", role.RoleArn, new AnonymousAWSCredentials(), async (sts, attempt) =>
        {
            lastToken = log.Redactor.Add(await token(attempt));
            return await sts.AssumeRoleWithWebIdentityAsync(Tagged(new AssumeRoleWithWebIdentityRequest
            {
                RoleArn = role.RoleArn,
                RoleSessionName = role.SessionName,
                WebIdentityToken = lastToken,
                DurationSeconds = (int)role.Duration.TotalSeconds,
                Policy = role.InlinePolicy,
                PolicyArns = Arns(role.PolicyArns),
            }), attempt);
        }, e => StsErrors.WebIdentity(e, role.RoleArn, lastToken is null ? host : Hosts.CiHost.IssuerOf(lastToken, host)), cancellationToken);
        return Wrap(response.Credentials, response.AssumedRoleUser?.Arn, source);
    }

    /// <summary>Assumes a role with the credentials at hand (SigV4-signed <c>sts:AssumeRole</c>).</summary>
    public async Task<ResolvedCredentials> AssumeRoleAsync(ResolvedCredentials caller, RoleAssumption role, string source, CancellationToken cancellationToken)
    {
        var response = await CallAsync("AssumeRole", role.RoleArn, caller.Credentials, (sts, attempt) => sts.AssumeRoleAsync(Tagged(new AssumeRoleRequest
        {
            RoleArn = role.RoleArn,
            RoleSessionName = role.SessionName,
            DurationSeconds = (int)role.Duration.TotalSeconds,
            ExternalId = role.ExternalId,
            Policy = role.InlinePolicy,
            PolicyArns = Arns(role.PolicyArns),
        }), attempt), e => StsErrors.AssumeRole(e, role.RoleArn, caller.Source), cancellationToken);
        return Wrap(response.Credentials, response.AssumedRoleUser?.Arn, source);
    }

    /// <summary>The account and ARN the credentials belong to (<c>sts:GetCallerIdentity</c>, which needs no permission).</summary>
    public async Task<(string Account, string Arn)> GetCallerIdentityAsync(ResolvedCredentials caller, CancellationToken cancellationToken)
    {
        var response = await CallAsync("GetCallerIdentity", null, caller.Credentials,
            (sts, attempt) => sts.GetCallerIdentityAsync(Tagged(new GetCallerIdentityRequest()), attempt),
            e => StsErrors.CallerIdentity(e, caller.Source), cancellationToken);
        return (response.Account, response.Arn);
    }

    private static List<PolicyDescriptorType>? Arns(IReadOnlyList<string> arns) =>
        arns.Count == 0 ? null : [.. arns.Select(arn => new PolicyDescriptorType { Arn = arn })];

    private ResolvedCredentials Wrap(Amazon.SecurityToken.Model.Credentials credentials, string? assumedRoleArn, string source)
    {
        var secretKey = log.Redactor.Add(new Secrets.Secret(credentials.SecretAccessKey));
        var sessionToken = log.Redactor.Add(new Secrets.Secret(credentials.SessionToken));
        log.Redactor.Add(credentials.AccessKeyId);
        var session = new SessionAWSCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken);
        var expires = credentials.Expiration is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : (DateTimeOffset?)null;
        var assumed = new AssumedRoleCredentials(credentials.AccessKeyId, secretKey, sessionToken, expires, assumedRoleArn);
        return new ResolvedCredentials(session, new ImmutableCredentials(credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken), source)
        {
            AssumedRole = assumed,
        };
    }

    private async Task<T> CallAsync<T>(
        string action, string? roleArn, AWSCredentials signer, Func<AmazonSecurityTokenServiceClient, CancellationToken, Task<T>> call,
        Func<AmazonSecurityTokenServiceException, EcrLoginException> translate, CancellationToken cancellationToken)
    {
        using var sts = new AmazonSecurityTokenServiceClient(signer, Config());
        var attempts = 0;
        var what = roleArn is null ? $"sts:{action}" : $"sts:{action} for {roleArn}";
        var pipeline = RetryPipeline.Build(retry, Classify, (attempt, delay, reason) =>
            log.Warning("{Api} attempt {Attempt} failed ({Reason}); retrying in {Delay} ms", what, attempt, log.Redactor.Redact(reason), (int)delay.TotalMilliseconds));
        try
        {
            return await pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                return await call(sts, token);
            }, cancellationToken);
        }
        catch (AmazonSecurityTokenServiceException e) when (!IsRetryable(e))
        {
            throw translate(e);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is AmazonServiceException or TransientCallException or HttpRequestException or IOException or TimeoutRejectedException or TaskCanceledException)
        {
            var code = (e as AmazonServiceException)?.ErrorCode ?? (e as TransientCallException)?.ErrorCode;
            var kind = e switch
            {
                TimeoutRejectedException or TaskCanceledException => EcrErrorKind.Timeout,
                _ when code is not null && ThrottleCodes.Contains(code) => EcrErrorKind.Throttled,
                AmazonServiceException { StatusCode: >= (HttpStatusCode)500 } => EcrErrorKind.ServiceUnavailable,
                _ => EcrErrorKind.Network,
            };
            var reason = e is TimeoutRejectedException ? $"no answer within {retry.AttemptTimeout.TotalSeconds:0.#} s per attempt" : e.Message;
            throw new EcrLoginException(kind,
                $"{what} at {Endpoint()} failed after {attempts} attempt(s) within {retry.Deadline.TotalSeconds:0.#} s: {log.Redactor.Redact(reason)}. Check the network, the proxy (HTTPS_PROXY, NO_PROXY) and the STS endpoint (AWS_ENDPOINT_URL_STS), or raise the retry settings.", e)
            {
                AwsErrorCode = code,
                Attempts = attempts,
            };
        }
    }

    private static RetryPipeline.Failure Classify(Exception e) => e switch
    {
        AmazonServiceException { ErrorCode: { } code } when ThrottleCodes.Contains(code) => RetryPipeline.Failure.Throttled,
        TransientCallException { ErrorCode: { } code } when ThrottleCodes.Contains(code) => RetryPipeline.Failure.Throttled,
        _ when IsRetryable(e) => RetryPipeline.Failure.Transient,
        _ => RetryPipeline.Failure.Permanent,
    };

    private static bool IsRetryable(Exception e) => e switch
    {
        TransientCallException => true,
        AmazonServiceException service when service.ErrorCode is { } code && ThrottleCodes.Contains(code) => true,
        AmazonServiceException { StatusCode: >= (HttpStatusCode)500 } => true,
        AmazonServiceException { StatusCode: 0, InnerException: HttpRequestException http } => TransientFailures.IsTransient(http),
        AmazonServiceException { StatusCode: 0, InnerException: IOException } => true,
        HttpRequestException http => TransientFailures.IsTransient(http),
        IOException => true,
        _ => false,
    };

    private string Endpoint() => ServiceUrl() ?? $"sts.{region}.amazonaws.com";

    private string? ServiceUrl() => endpoint?.ToString();

    /// <summary>Appends the product's User-Agent to the SDK's own for <paramref name="request"/>.</summary>
    private T Tagged<T>(T request)
        where T : AmazonWebServiceRequest
    {
        if (UserAgent is { } product)
        {
            ((Amazon.Runtime.Internal.IAmazonWebServiceRequest)request).UserAgentDetails.AddUserAgentComponent(product);
        }

        return request;
    }

    private AmazonSecurityTokenServiceConfig Config()
    {
        var config = new AmazonSecurityTokenServiceConfig
        {
            RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region),
            MaxErrorRetry = 0,
            Timeout = retry.AttemptTimeout,
        };
        if (transport is not null)
        {
            config.HttpClientFactory = new TrustedHttpClientFactory(transport);
        }

        if (ServiceUrl() is { } url)
        {
            config.ServiceURL = url;
        }

        if (proxy is not null)
        {
            config.SetWebProxy(proxy);
        }

        return config;
    }
}
