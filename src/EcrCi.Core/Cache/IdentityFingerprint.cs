using System.Security.Cryptography;
using System.Text;
using EcrCi.Aws;

namespace EcrCi.Cache;

/// <summary>
/// Names an AWS identity in cache keys without revealing it: SHA-256 of the access key id and
/// of a SHA-256 of the secret key and session token. Neither secret can be read back from it,
/// and new keys or a new session give a new fingerprint (so a token is never served to
/// another identity). The credentials are the ones that sign the token call (an assumed
/// role's own, when a role is assumed).
/// </summary>
internal static class IdentityFingerprint
{
    public static string Of(ResolvedCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var current = credentials.Current;
        return Of(current.AccessKey, current.SecretKey, current.Token);
    }

    private static string Of(string accessKeyId, string secretKey, string? sessionToken)
    {
        var secrets = SHA256.HashData(Encoding.UTF8.GetBytes($"{secretKey}\n{sessionToken}"));
        var identity = Encoding.UTF8.GetBytes($"{accessKeyId}\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. identity, .. secrets]));
    }
}
