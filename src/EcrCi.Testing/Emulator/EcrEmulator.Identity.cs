using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EcrCi.Testing;

/// <summary>
/// The identity side of the emulator: GitHub's OIDC token endpoint (<c>GET /oidc/token</c>, as
/// the runner's <c>ACTIONS_ID_TOKEN_REQUEST_URL</c>) and STS <c>AssumeRoleWithWebIdentity</c>
/// (<c>POST /sts</c>, reached through <c>AWS_ENDPOINT_URL_STS</c>). Roles issue temporary
/// credentials that the ECR side then accepts, with their session token.
/// </summary>
public sealed partial class EcrEmulator
{
    private readonly byte[] oidcKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, string> trustedRoles = new(StringComparer.Ordinal);
    private int stsCalls;
    private int oidcCalls;

    /// <summary>The bearer token the runner gives a job with <c>id-token: write</c> (<c>ACTIONS_ID_TOKEN_REQUEST_TOKEN</c>).</summary>
    public string OidcRequestToken { get; } = RandomText.Create(40, RandomText.Alphanumeric);

    /// <summary>The runner's OIDC request URL (<c>ACTIONS_ID_TOKEN_REQUEST_URL</c>); clients append <c>&amp;audience=</c>.</summary>
    public Uri OidcRequestUrl => new(Endpoint, "oidc/token?api-version=2.0");

    /// <summary>The STS endpoint (<c>AWS_ENDPOINT_URL_STS</c>); any form POST to the emulator is taken as an STS call.</summary>
    public Uri StsEndpoint => new(Endpoint, "sts");

    /// <summary>The <c>sub</c> claim of the OIDC tokens issued (a repository and ref, as GitHub's).</summary>
    public string OidcSubject { get; set; } = "repo:org/app:ref:refs/heads/main";

    /// <summary><c>AssumeRoleWithWebIdentity</c> calls received.</summary>
    public int StsCalls => Volatile.Read(ref stsCalls);

    /// <summary>OIDC token requests received.</summary>
    public int OidcCalls => Volatile.Read(ref oidcCalls);

    /// <summary>Lets a role be assumed with a web identity token whose <c>sub</c> starts with <paramref name="subjectPrefix"/> (the trust policy).</summary>
    public void TrustRole(string roleArn, string subjectPrefix = "repo:") => trustedRoles[roleArn] = subjectPrefix;

    /// <summary>Issues an OIDC token as GitHub would, for a web identity token file.</summary>
    public string IssueOidcToken(string audience = "sts.amazonaws.com")
    {
        var header = Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8);
        var expires = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = "https://token.actions.githubusercontent.com",
            ["aud"] = audience,
            ["sub"] = OidcSubject,
            ["exp"] = expires,
        }));
        return $"{header}.{payload}.{Base64Url(HMACSHA256.HashData(oidcKey, Encoding.ASCII.GetBytes($"{header}.{payload}")))}";
    }

    private async Task<bool> TryHandleIdentityAsync(HttpContext context, byte[] body, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value;
        if (path == "/oidc/token")
        {
            Interlocked.Increment(ref oidcCalls);
            var authorized = context.Request.Headers.Authorization.ToString() == $"Bearer {OidcRequestToken}";
            var audience = context.Request.Query["audience"].ToString();
            context.Response.StatusCode = authorized ? 200 : 401;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(authorized
                ? JsonSerializer.Serialize(new Dictionary<string, string> { ["value"] = IssueOidcToken(audience.Length == 0 ? "sts.amazonaws.com" : audience) })
                : """{"message":"Bad credentials"}""", cancellationToken);
            return true;
        }

        // STS speaks the query protocol: a form POST. SDKs may drop the path of a configured endpoint.
        var isForm = context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (path != "/sts" && !isForm)
            return false;

        Interlocked.Increment(ref stsCalls);
        var form = ParseForm(Encoding.UTF8.GetString(body));
        var (status, xml) = AssumeRole(form);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        await context.Response.WriteAsync(xml, cancellationToken);
        return true;
    }

    private (int Status, string Xml) AssumeRole(Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("Action") != "AssumeRoleWithWebIdentity")
            return StsError(400, "InvalidAction", $"Could not find operation {form.GetValueOrDefault("Action")} for version 2011-06-15");
        var roleArn = form.GetValueOrDefault("RoleArn") ?? "";
        var session = form.GetValueOrDefault("RoleSessionName") ?? "";
        var claims = ReadToken(form.GetValueOrDefault("WebIdentityToken"));
        if (claims is null)
            return StsError(400, "InvalidIdentityToken", "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.");
        if (claims.Value.Audience != "sts.amazonaws.com")
            return StsError(400, "InvalidIdentityToken", "Incorrect token audience");
        if (!trustedRoles.TryGetValue(roleArn, out var prefix) || !claims.Value.Subject.StartsWith(prefix, StringComparison.Ordinal))
            return StsError(403, "AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity");

        var credential = SigV4Credential.CreateRandom() with { SessionToken = RandomText.Create(120, RandomText.Alphanumeric) };
        credentials[credential.AccessKeyId] = credential;
        var expiration = DateTimeOffset.UtcNow.AddSeconds(int.TryParse(form.GetValueOrDefault("DurationSeconds"), out var seconds) ? seconds : 3600);
        var roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        var account = roleArn.Split(':') is { Length: > 4 } parts ? parts[4] : Options.DefaultAccountId;
        return (200, $"""
            <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleWithWebIdentityResult>
                <SubjectFromWebIdentityToken>{claims.Value.Subject}</SubjectFromWebIdentityToken>
                <Audience>sts.amazonaws.com</Audience>
                <AssumedRoleUser>
                  <Arn>arn:aws:sts::{account}:assumed-role/{roleName}/{session}</Arn>
                  <AssumedRoleId>AROA{RandomText.Create(17, RandomText.UpperAlphanumeric)}:{session}</AssumedRoleId>
                </AssumedRoleUser>
                <Credentials>
                  <AccessKeyId>{credential.AccessKeyId}</AccessKeyId>
                  <SecretAccessKey>{credential.SecretAccessKey}</SecretAccessKey>
                  <SessionToken>{credential.SessionToken}</SessionToken>
                  <Expiration>{expiration.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Expiration>
                </Credentials>
                <Provider>token.actions.githubusercontent.com</Provider>
              </AssumeRoleWithWebIdentityResult>
              <ResponseMetadata><RequestId>{Guid.NewGuid()}</RequestId></ResponseMetadata>
            </AssumeRoleWithWebIdentityResponse>
            """);
    }

    private (string Audience, string Subject)? ReadToken(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 })
            return null;
        var expected = Base64Url(HMACSHA256.HashData(oidcKey, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}")));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[2])))
            return null;
        using var payload = JsonDocument.Parse(Convert.FromBase64String(parts[1].Replace('-', '+').Replace('_', '/').PadRight((parts[1].Length + 3) / 4 * 4, '=')));
        return (payload.RootElement.GetProperty("aud").GetString() ?? "", payload.RootElement.GetProperty("sub").GetString() ?? "");
    }

    private static (int, string) StsError(int status, string code, string message) => (status, $"""
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>
          <RequestId>{Guid.NewGuid()}</RequestId>
        </ErrorResponse>
        """);

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : "", StringComparer.Ordinal);

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
