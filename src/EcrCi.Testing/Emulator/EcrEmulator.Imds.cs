using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EcrCi.Testing;

/// <summary>
/// EC2 instance metadata, IMDSv2 only (reached through <c>AWS_EC2_METADATA_SERVICE_ENDPOINT</c>):
/// <c>PUT /latest/api/token</c> buys a session token that every <c>GET</c> under <c>/latest/</c> must carry.
/// </summary>
public sealed partial class EcrEmulator
{
    private const string CredentialsPath = "/latest/meta-data/iam/security-credentials";
    private readonly ConcurrentDictionary<string, DateTimeOffset> imdsTokens = new(StringComparer.Ordinal);
    private volatile InstanceProfile? instanceProfile;
    private int imdsCalls;

    /// <summary>Instance metadata requests received (token requests included), whatever their answer.</summary>
    public int ImdsCalls => Volatile.Read(ref imdsCalls);

    /// <summary>
    /// Serves instance metadata for an instance with the role <paramref name="roleName"/> in
    /// <paramref name="region"/>, with credentials labelled <c>imds:&lt;role&gt;</c>; until called, every metadata path answers 404.
    /// </summary>
    /// <param name="roleName">The instance profile's role name.</param>
    /// <param name="region">The instance's region.</param>
    public void ServeInstanceProfile(string roleName = "ci-instance", string region = "eu-west-1")
    {
        ArgumentException.ThrowIfNullOrEmpty(roleName);
        ArgumentException.ThrowIfNullOrEmpty(region);
        var (credential, _) = IssueRoleCredentials($"imds:{roleName}", $"arn:aws:iam::{Options.DefaultAccountId}:role/{roleName}", RandomText.Create(19, RandomText.LowerAlphanumeric));
        instanceProfile = new InstanceProfile(roleName, region, credential, DateTimeOffset.UtcNow);
    }

    private async Task AnswerImdsAsync(HttpContext context, string path, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref imdsCalls);
        var (status, type, text) = AnswerImds(context.Request, path.TrimEnd('/'));
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        await context.Response.WriteAsync(text, cancellationToken);
    }

    private (int Status, string Type, string Text) AnswerImds(HttpRequest request, string path)
    {
        const string Text = "text/plain";
        if (instanceProfile is not { } profile)
            return (404, "text/html", NotFound);
        if (path == "/latest/api/token")
        {
            if (request.Method != HttpMethods.Put)
                return (405, "text/html", "Method Not Allowed");
            var ttl = request.Headers["X-aws-ec2-metadata-token-ttl-seconds"].ToString();
            if (!int.TryParse(ttl, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 21600)
                return (400, "text/html", "Bad Request");
            var token = RandomText.Create(56, RandomText.Alphanumeric);
            imdsTokens[token] = DateTimeOffset.UtcNow.AddSeconds(seconds);
            return (200, Text, token);
        }

        if (request.Method != HttpMethods.Get)
            return (405, "text/html", "Method Not Allowed");
        var sent = request.Headers["X-aws-ec2-metadata-token"].ToString();
        if (sent.Length == 0 || !imdsTokens.TryGetValue(sent, out var expires) || expires < DateTimeOffset.UtcNow)
            return (401, "text/html", "Unauthorized");

        var account = Options.DefaultAccountId;
        return path switch
        {
            CredentialsPath => (200, Text, profile.RoleName),
            _ when path == $"{CredentialsPath}/{profile.RoleName}" => (200, Text, Json(new Dictionary<string, string>
            {
                ["Code"] = "Success",
                ["LastUpdated"] = IsoTime(profile.IssuedAt),
                ["Type"] = "AWS-HMAC",
                ["AccessKeyId"] = profile.Credential.AccessKeyId,
                ["SecretAccessKey"] = profile.Credential.SecretAccessKey,
                ["Token"] = profile.Credential.SessionToken!,
                ["Expiration"] = IsoTime(profile.IssuedAt.AddHours(6)),
            })),
            "/latest/meta-data/iam/info" => (200, Text, Json(new Dictionary<string, string>
            {
                ["Code"] = "Success",
                ["LastUpdated"] = IsoTime(profile.IssuedAt),
                ["InstanceProfileArn"] = $"arn:aws:iam::{account}:instance-profile/{profile.RoleName}",
                ["InstanceProfileId"] = "AIPA" + profile.Credential.AccessKeyId[4..],
            })),
            "/latest/meta-data/placement/region" => (200, Text, profile.Region),
            "/latest/dynamic/instance-identity/document" => (200, Text, Json(new Dictionary<string, string>
            {
                ["accountId"] = account,
                ["architecture"] = "x86_64",
                ["availabilityZone"] = profile.Region + "a",
                ["imageId"] = "ami-0123456789abcdef0",
                ["instanceId"] = "i-0123456789abcdef0",
                ["instanceType"] = "m5.large",
                ["pendingTime"] = IsoTime(profile.IssuedAt),
                ["privateIp"] = "10.0.0.10",
                ["region"] = profile.Region,
                ["version"] = "2017-09-30",
            })),
            _ => (404, "text/html", NotFound),
        };
    }

    private const string NotFound = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<html><head><title>404 - Not Found</title></head><body><h1>404 - Not Found</h1></body></html>";

    private static string Json(Dictionary<string, string> values) => JsonSerializer.Serialize(values, IndentedJson);

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private sealed record InstanceProfile(string RoleName, string Region, SigV4Credential Credential, DateTimeOffset IssuedAt);
}
