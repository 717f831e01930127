using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EcrCi.Testing;

/// <summary>
/// The identity side of the emulator: GitHub's OIDC token endpoint (<c>GET /oidc/token</c>, as
/// the runner's <c>ACTIONS_ID_TOKEN_REQUEST_URL</c>), STS (<c>POST /sts</c> or any form POST, reached
/// through <c>AWS_ENDPOINT_URL_STS</c>), the SSO portal, instance metadata and the container
/// credentials endpoint, routed here by path. Every source issues keys that the ECR side then
/// accepts, with their session token, labelled by source (see <see cref="SourceOf"/>).
/// </summary>
public sealed partial class EcrEmulator
{
    private readonly byte[] oidcKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, string> trustedRoles = new(StringComparer.Ordinal);
    private readonly FaultCountdown oidcFaults = new(500);
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

    /// <summary>STS calls received, whatever their action and answer.</summary>
    public int StsCalls => Volatile.Read(ref stsCalls);

    /// <summary>OIDC token requests received.</summary>
    public int OidcCalls => Volatile.Read(ref oidcCalls);

    /// <summary>Lets a role be assumed with a web identity token whose <c>sub</c> starts with <paramref name="subjectPrefix"/> (the trust policy).</summary>
    public void TrustRole(string roleArn, string subjectPrefix = "repo:") => trustedRoles[roleArn] = subjectPrefix;

    /// <summary>Makes the next <paramref name="times"/> OIDC token requests get 429, as GitHub's rate limit answers.</summary>
    /// <param name="times">How many requests to refuse; 0 stops refusing.</param>
    public void ThrottleOidc(int times) => oidcFaults.Arm(times, 429);

    /// <summary>Makes the next <paramref name="times"/> OIDC token requests fail with <paramref name="status"/>.</summary>
    /// <param name="times">How many requests to fail; 0 stops failing.</param>
    /// <param name="status">The HTTP status to answer.</param>
    public void FailOidc(int times, int status = 500) => oidcFaults.Arm(times, status);

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
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(), // each token GitHub issues is distinct
        }));
        return $"{header}.{payload}.{Base64Url(HMACSHA256.HashData(oidcKey, Encoding.ASCII.GetBytes($"{header}.{payload}")))}";
    }

    private async Task<bool> TryHandleIdentityAsync(HttpContext context, byte[] body, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == "/oidc/token")
        {
            await AnswerOidcAsync(context, cancellationToken);
            return true;
        }

        if (path.EndsWith("/federation/credentials", StringComparison.Ordinal))
        {
            await AnswerSsoAsync(context, cancellationToken);
            return true;
        }

        if (path.StartsWith("/latest/", StringComparison.Ordinal) || path == "/latest")
        {
            await AnswerImdsAsync(context, path, cancellationToken);
            return true;
        }

        if (path == ContainerCredentialsUri.AbsolutePath)
        {
            await AnswerContainerAsync(context, cancellationToken);
            return true;
        }

        // STS speaks the query protocol: a form POST. SDKs may drop the path of a configured endpoint.
        var isForm = context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (path != "/sts" && !isForm)
            return false;

        Interlocked.Increment(ref stsCalls);
        var (status, xml) = AnswerSts(context, body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml";
        await context.Response.WriteAsync(xml, cancellationToken);
        return true;
    }

    private async Task AnswerOidcAsync(HttpContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref oidcCalls);
        context.Response.ContentType = "application/json";
        if (oidcFaults.Take() is { } fault)
        {
            context.Response.StatusCode = fault;
            await context.Response.WriteAsync(fault == 429 ? """{"message":"API rate limit exceeded"}""" : """{"message":"Server Error"}""", cancellationToken);
            return;
        }

        var authorized = context.Request.Headers.Authorization.ToString() == $"Bearer {OidcRequestToken}";
        var audience = context.Request.Query["audience"].ToString();
        context.Response.StatusCode = authorized ? 200 : 401;
        await context.Response.WriteAsync(authorized
            ? JsonSerializer.Serialize(new Dictionary<string, string> { ["value"] = IssueOidcToken(audience.Length == 0 ? "sts.amazonaws.com" : audience) })
            : """{"message":"Bad credentials"}""", cancellationToken);
    }

    private (int Status, string Xml) AssumeRoleWithWebIdentity(Dictionary<string, string> form)
    {
        var roleArn = form.GetValueOrDefault("RoleArn") ?? "";
        var session = form.GetValueOrDefault("RoleSessionName") ?? "";
        var claims = ReadToken(form.GetValueOrDefault("WebIdentityToken"));
        if (claims is null)
            return StsError(400, "InvalidIdentityToken", "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.");
        if (claims.Value.Audience != "sts.amazonaws.com")
            return StsError(400, "InvalidIdentityToken", "Incorrect token audience");
        if (!trustedRoles.TryGetValue(roleArn, out var prefix) || !claims.Value.Subject.StartsWith(prefix, StringComparison.Ordinal))
            return StsError(403, "AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity");

        var (credential, identity) = IssueRoleCredentials($"web-identity:{roleArn}", roleArn, session);
        return (200, RoleXml("AssumeRoleWithWebIdentity", credential, identity, form, $"""
                <SubjectFromWebIdentityToken>{claims.Value.Subject}</SubjectFromWebIdentityToken>
                <Audience>sts.amazonaws.com</Audience>
                <Provider>token.actions.githubusercontent.com</Provider>
            """));
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

    private static Dictionary<string, string> ParseForm(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : "", StringComparer.Ordinal);

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
