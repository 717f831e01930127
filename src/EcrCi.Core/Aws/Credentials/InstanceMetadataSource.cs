using System.Text;
using EcrCi.Errors;

namespace EcrCi.Aws.Credentials;

/// <summary>
/// EC2 instance metadata, IMDSv2 only: a session token (<c>PUT /latest/api/token</c>), then the
/// instance profile's role and its keys. The endpoint is <c>AWS_EC2_METADATA_SERVICE_ENDPOINT</c>,
/// else <c>http://169.254.169.254</c> (<c>http://[fd00:ec2::254]</c> with
/// <c>AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6</c>); <c>AWS_EC2_METADATA_DISABLED=true</c>
/// turns it off. No answer means no instance metadata here, not a failure.
/// </summary>
internal sealed class InstanceMetadataSource : CredentialSource
{
    private const string CredentialsPath = "latest/meta-data/iam/security-credentials/";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public override string Name => "EC2 instance metadata (IMDSv2)";

    public override async Task<ResolvedCredentials?> TryResolveAsync(CredentialContext context, Action<string> absent, CancellationToken cancellationToken)
    {
        if (Endpoint(context.Environment) is not { } endpoint)
        {
            absent("AWS_EC2_METADATA_DISABLED is true");
            return null;
        }

        var session = await SessionAsync(endpoint, cancellationToken);
        if (session is null)
        {
            absent($"no instance metadata answered at {endpoint.GetLeftPart(UriPartial.Authority)}");
            return null;
        }

        context.Log.Redactor.Add(session);
        var (status, body) = await GetAsync(endpoint, CredentialsPath, session, cancellationToken);
        var role = status == 200 ? Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() : null;
        if (role is null)
        {
            absent("the instance has no instance profile (IAM role)");
            return null;
        }

        (status, body) = await GetAsync(endpoint, CredentialsPath + Uri.EscapeDataString(role), session, cancellationToken);
        return status == 200
            ? HttpKeys.Read(context, body, $"EC2 instance metadata (role {role})")
            : throw new EcrLoginException(EcrErrorKind.NoCredentials, $"Instance metadata answered HTTP {status} for the keys of the instance profile role {role}.");
    }

    /// <summary>The instance's region (<c>placement/region</c>), or null off EC2 or when disabled: the last region fallback.</summary>
    public static async Task<string?> RegionAsync(AwsEnvironment environment, CancellationToken cancellationToken)
    {
        if (Endpoint(environment) is not { } endpoint || await SessionAsync(endpoint, cancellationToken) is not { } session)
        {
            return null;
        }

        var (status, body) = await GetAsync(endpoint, "latest/meta-data/placement/region", session, cancellationToken);
        return status == 200 ? Encoding.UTF8.GetString(body).Trim() : null;
    }

    private static Uri? Endpoint(AwsEnvironment environment)
    {
        if (environment.GetBoolean("AWS_EC2_METADATA_DISABLED") == true)
        {
            return null;
        }

        var text = environment.Get("AWS_EC2_METADATA_SERVICE_ENDPOINT")
            ?? (string.Equals(environment.Get("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"), "IPv6", StringComparison.OrdinalIgnoreCase) ? "http://[fd00:ec2::254]" : "http://169.254.169.254");
        return Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw EcrLoginException.Input("AWS_EC2_METADATA_SERVICE_ENDPOINT is not an http or https URL.");
    }

    private static async Task<string?> SessionAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(endpoint, "latest/api/token"));
        request.Headers.TryAddWithoutValidation("X-aws-ec2-metadata-token-ttl-seconds", "300");
        try
        {
            var (status, body) = await HttpKeys.SendAsync(request, Timeout, cancellationToken);
            return status == 200 && body.Length > 0 ? Encoding.UTF8.GetString(body).Trim() : null;
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or IOException)
        {
            return null;
        }
    }

    private static async Task<(int, byte[])> GetAsync(Uri endpoint, string path, string session, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint, path));
        request.Headers.TryAddWithoutValidation("X-aws-ec2-metadata-token", session);
        try
        {
            return await HttpKeys.SendAsync(request, Timeout, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or IOException)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, $"Instance metadata stopped answering ({e.Message}) while the instance profile's keys were read.", e);
        }
    }
}
