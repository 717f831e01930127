using System.Text;

namespace EcrCi.Testing;

/// <summary>
/// An AWS access key pair, with the session token that requests signed by it must carry
/// when the pair is temporary. <see cref="ToString"/> never shows the secret nor the token.
/// </summary>
/// <param name="AccessKeyId">The access key id, such as <c>AKIDEXAMPLE</c>.</param>
/// <param name="SecretAccessKey">The secret access key.</param>
/// <param name="SessionToken">The session token of temporary credentials; <see langword="null"/> for long-term keys.</param>
public sealed record SigV4Credential(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    /// <summary>A random long-term pair shaped like AWS's (<c>AKIA</c> + 16 characters, 40-character secret).</summary>
    /// <returns>The new credential.</returns>
    public static SigV4Credential CreateRandom() => new(
        "AKIA" + RandomText.Create(16, RandomText.UpperAlphanumeric),
        RandomText.Create(40, RandomText.Alphanumeric));

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AccessKeyId = ").Append(AccessKeyId)
            .Append(", SecretAccessKey = [REDACTED], SessionToken = ")
            .Append(SessionToken is null ? "null" : "[REDACTED]");
        return true;
    }
}
