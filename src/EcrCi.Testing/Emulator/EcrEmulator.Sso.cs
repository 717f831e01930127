using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EcrCi.Testing;

/// <summary>
/// The IAM Identity Center portal's <c>GET /federation/credentials</c> (reached through
/// <c>AWS_ENDPOINT_URL_SSO</c>): an access token from the SSO cache buys role credentials.
/// </summary>
public sealed partial class EcrEmulator
{
    private readonly ConcurrentDictionary<string, (string Account, string Role)> ssoTokens = new(StringComparer.Ordinal);
    private int ssoCalls;

    /// <summary>Portal credential requests received, whatever their answer.</summary>
    public int SsoCalls => Volatile.Read(ref ssoCalls);

    /// <summary>Lets <paramref name="accessToken"/> (the <c>accessToken</c> of an SSO cache file) get credentials for one account and role.</summary>
    /// <param name="accessToken">The bearer token clients send as <c>x-amz-sso_bearer_token</c>.</param>
    /// <param name="accountId">The 12-digit account of the permission set.</param>
    /// <param name="roleName">The permission set's role name.</param>
    public void RegisterSsoToken(string accessToken, string accountId, string roleName)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        ArgumentException.ThrowIfNullOrEmpty(roleName);
        if (!IsAccountId(accountId))
            throw new ArgumentException($"'{accountId}' is not a 12-digit account id.", nameof(accountId));
        ssoTokens[accessToken] = (accountId, roleName);
    }

    private async Task AnswerSsoAsync(HttpContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref ssoCalls);
        var token = context.Request.Headers["x-amz-sso_bearer_token"].ToString();
        var account = context.Request.Query["account_id"].ToString();
        var role = context.Request.Query["role_name"].ToString();
        context.Response.ContentType = "application/json";
        if (context.Request.Method != HttpMethods.Get || token.Length == 0 || !ssoTokens.TryGetValue(token, out var grant))
        {
            await WriteSsoErrorAsync(context, 401, "UnauthorizedException", "Session token not found or invalid", cancellationToken);
            return;
        }

        if (grant.Account != account || grant.Role != role)
        {
            await WriteSsoErrorAsync(context, 403, "ForbiddenException", "No access", cancellationToken);
            return;
        }

        var credential = NewKey(temporary: true);
        Register(credential, new KeyIdentity(
            $"sso:{account}/{role}", account, $"arn:aws:sts::{account}:assumed-role/AWSReservedSSO_{role}/ci", $"AROA{RandomText.Create(17, RandomText.UpperAlphanumeric)}:ci"));
        var expiration = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds();
        context.Response.StatusCode = 200;
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["roleCredentials"] = new Dictionary<string, object>
            {
                ["accessKeyId"] = credential.AccessKeyId,
                ["secretAccessKey"] = credential.SecretAccessKey,
                ["sessionToken"] = credential.SessionToken!,
                ["expiration"] = expiration,
            },
        }), cancellationToken);
    }

    private static async Task WriteSsoErrorAsync(HttpContext context, int status, string type, string message, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-amzn-ErrorType"] = type;
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["message"] = message }), cancellationToken);
    }
}
