using System.Text;
using EcrCi.Aws;

namespace EcrCi.Cache;

/// <summary>
/// Names an AWS identity in cache keys without revealing it. Long-term keys: SHA-256 of the
/// access key id and of a SHA-256 of the secret key and session token, so neither secret can be
/// read back and new keys give a new fingerprint. A role (web identity or assumed): its stable
/// identity, partition, account and role name, so the temporary keys of each new session (an
/// IRSA token rotated, a role assumed again in the next job) find the same tokens. The role's
/// fingerprint can be known before any call, when the role ARN is, so a hit skips STS too.
/// The hash is the managed <see cref="Sha256"/>: a warm lookup loads no crypto library.
/// </summary>
internal static class IdentityFingerprint
{
    public static string Of(ResolvedCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (credentials.AssumedRole?.AssumedRoleArn is { } assumed && ForRole(assumed) is { } role)
        {
            return role;
        }

        var current = credentials.Current;
        var secrets = Sha256.HashData(Encoding.UTF8.GetBytes($"{current.SecretKey}\n{current.Token}"));
        var identity = Encoding.UTF8.GetBytes($"{current.AccessKey}\n");
        return Convert.ToHexStringLower(Sha256.HashData([.. identity, .. secrets]));
    }

    /// <summary>
    /// The fingerprint of a role, from its ARN (<c>arn:aws:iam::123456789012:role/path/ci</c>) or
    /// from the ARN of one of its sessions (<c>arn:aws:sts::123456789012:assumed-role/ci/session</c>);
    /// both name the same identity. Null for any other ARN.
    /// </summary>
    public static string? ForRole(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[4].Length != 12)
        {
            return null;
        }

        string? name = (parts[2], parts[5].Split('/')) switch
        {
            ("iam", [ "role", .., var last ]) => last,
            ("sts", [ "assumed-role", var role, _ ]) => role,
            _ => null,
        };
        return name is null || name.Length == 0
            ? null
            : Convert.ToHexStringLower(Sha256.HashData(Encoding.UTF8.GetBytes($"role\n{parts[1]}\n{parts[4]}\n{name}")));
    }
}
