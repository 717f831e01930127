using EcrCi.Errors;

namespace EcrCi.Aws;

/// <summary>Refuses credentials of an account the allowed-account list does not name, before any token call.</summary>
internal static class AccountGuard
{
    /// <summary>The 12-digit account of an IAM or STS ARN (<c>arn:aws:sts::123456789012:assumed-role/...</c>), or null.</summary>
    public static string? AccountOf(string? arn) =>
        arn?.Split(':', 6) is { Length: 6 } parts && parts[0] == "arn" && parts[4].Length == 12 && parts[4].All(char.IsAsciiDigit) ? parts[4] : null;

    /// <summary>Throws when <paramref name="account"/> is not in <paramref name="allowed"/>.</summary>
    public static void Check(IReadOnlyList<string> allowed, string account, string source)
    {
        if (!allowed.Contains(account, StringComparer.Ordinal))
        {
            throw new EcrLoginException(EcrErrorKind.AccessDenied,
                $"The credentials from {source} belong to account {account}, which the allowed account ids ({string.Join(", ", allowed)}) do not name: nothing was logged in. Use credentials of an allowed account, or add {account} to the list.")
            {
                Option = nameof(EcrAuthOptions.AllowedAccountIds),
            };
        }
    }
}
