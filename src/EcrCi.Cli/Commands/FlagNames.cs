using EcrCi.Errors;

namespace EcrCi.Cli.Commands;

/// <summary>The flag that sets each core option the tool offers, so that an error names what the user typed.</summary>
internal static class FlagNames
{
    /// <summary>The flag of each core option, by <see cref="EcrAuthOptions"/> property name.</summary>
    public static IReadOnlyDictionary<string, string> ForOption { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(EcrAuthOptions.Region)] = "--region",
        [nameof(EcrAuthOptions.Profile)] = "--profile",
        [nameof(EcrAuthOptions.ContainerClient)] = "--client",
        [nameof(EcrAuthOptions.DockerConfig)] = "--docker-config",
        [nameof(EcrAuthOptions.LoginTimeout)] = "--login-timeout-seconds",
        [nameof(EcrAuthOptions.RetryMode)] = "--retry-mode",
        [nameof(EcrAuthOptions.RoleToAssume)] = "--role-to-assume",
        [nameof(EcrAuthOptions.WebIdentityTokenFile)] = "--web-identity-token-file",
        [nameof(EcrAuthOptions.RoleChaining)] = "--role-chaining",
        [nameof(EcrAuthOptions.RoleExternalId)] = "--role-external-id",
        [nameof(EcrAuthOptions.InlineSessionPolicy)] = "--inline-session-policy",
        [nameof(EcrAuthOptions.ManagedSessionPolicies)] = "--managed-session-policies",
        [nameof(EcrAuthOptions.AllowedAccountIds)] = "--allowed-account-ids",
    };

    /// <summary>The core's message, led by the flag it refused when one did (and the message does not name it yet).</summary>
    public static string Describe(EcrLoginException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Option is { } option && ForOption.TryGetValue(option, out var flag) && !error.Message.Contains(flag, StringComparison.Ordinal)
            ? $"{flag} was refused: {error.Message}"
            : error.Message;
    }
}
