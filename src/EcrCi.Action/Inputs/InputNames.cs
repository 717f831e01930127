using EcrCi.Errors;

namespace EcrCi.Action.Inputs;

/// <summary>The inputs of <c>action.yml</c>, as the runner names their variables (hyphens kept).</summary>
internal static class InputNames
{
    /// <summary>Account ids, registry hosts or URLs, comma- or newline-separated.</summary>
    public const string Registries = "registries";

    /// <summary><c>private</c> (default) or <c>public</c>.</summary>
    public const string RegistryType = "registry-type";

    /// <summary>The region for registries given by account id.</summary>
    public const string Region = "region";

    /// <summary>Mask the password outputs (default true).</summary>
    public const string MaskPassword = "mask-password";

    /// <summary>Skip the logout of the post step (default false).</summary>
    public const string SkipLogout = "skip-logout";

    /// <summary>An HTTP proxy for the AWS calls.</summary>
    public const string HttpProxy = "http-proxy";

    /// <summary>docker, podman, nerdctl or finch.</summary>
    public const string ContainerClient = "container-client";

    /// <summary>Attempts of each AWS call, the first included; a cap for every error, throttling included.</summary>
    public const string RetryAttempts = "retry-attempts";

    /// <summary>AWS's retry mode: legacy, standard or adaptive.</summary>
    public const string RetryMode = "retry-mode";

    /// <summary>Seconds one token call attempt may take.</summary>
    public const string AttemptTimeoutSeconds = "attempt-timeout-seconds";

    /// <summary>Seconds all attempts of a token call may take together.</summary>
    public const string TimeoutSeconds = "timeout-seconds";

    /// <summary>Seconds one container-client login may take.</summary>
    public const string LoginTimeoutSeconds = "login-timeout-seconds";

    /// <summary>Export <c>DOCKER_CONFIG</c> so that later host steps use the login (default false).</summary>
    public const string ExportDockerConfig = "export-docker-config";

    /// <summary>The region under the name <c>aws-actions/configure-aws-credentials</c> gives it; an alias of <see cref="Region"/>.</summary>
    public const string AwsRegion = "aws-region";

    /// <summary>The ARN of an IAM role to assume with the job's GitHub OIDC token.</summary>
    public const string RoleToAssume = "role-to-assume";

    /// <summary>The role session name; empty derives one from the repository and run.</summary>
    public const string RoleSessionName = "role-session-name";

    /// <summary>How long the role's credentials live, in seconds (900 to 43200, default 3600).</summary>
    public const string RoleDurationSeconds = "role-duration-seconds";

    /// <summary>The audience of the OIDC token (default <c>sts.amazonaws.com</c>).</summary>
    public const string Audience = "audience";

    /// <summary>The web identity token file for <see cref="RoleToAssume"/>, relative to the workspace; empty requests the job's OIDC token.</summary>
    public const string WebIdentityTokenFile = "web-identity-token-file";

    /// <summary>Assume <see cref="RoleToAssume"/> with the credentials at hand instead of an OIDC token (default false).</summary>
    public const string RoleChaining = "role-chaining";

    /// <summary>The external id the role's trust policy requires.</summary>
    public const string RoleExternalId = "role-external-id";

    /// <summary>An inline session policy (a JSON policy document) that narrows the role's permissions.</summary>
    public const string InlineSessionPolicy = "inline-session-policy";

    /// <summary>ARNs of managed policies that narrow the role's permissions, comma- or newline-separated.</summary>
    public const string ManagedSessionPolicies = "managed-session-policies";

    /// <summary>The 12-digit accounts the credentials may belong to, comma- or newline-separated.</summary>
    public const string AllowedAccountIds = "allowed-account-ids";

    /// <summary>Hand the role's temporary credentials on as (masked) outputs (default false).</summary>
    public const string OutputCredentials = "output-credentials";

    /// <summary>The input that sets each core option this action offers, by <see cref="EcrAuthOptions"/> property name.</summary>
    public static IReadOnlyDictionary<string, string> ForOption { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(EcrAuthOptions.Registries)] = Registries,
        [nameof(EcrAuthOptions.Public)] = RegistryType,
        [nameof(EcrAuthOptions.Region)] = Region,
        [nameof(EcrAuthOptions.Proxy)] = HttpProxy,
        [nameof(EcrAuthOptions.ContainerClient)] = ContainerClient,
        [nameof(EcrAuthOptions.RetryAttempts)] = RetryAttempts,
        [nameof(EcrAuthOptions.RetryMode)] = RetryMode,
        [nameof(EcrAuthOptions.AttemptTimeout)] = AttemptTimeoutSeconds,
        [nameof(EcrAuthOptions.RetryDeadline)] = TimeoutSeconds,
        [nameof(EcrAuthOptions.LoginTimeout)] = LoginTimeoutSeconds,
        [nameof(EcrAuthOptions.RoleToAssume)] = RoleToAssume,
        [nameof(EcrAuthOptions.RoleSessionName)] = RoleSessionName,
        [nameof(EcrAuthOptions.RoleDuration)] = RoleDurationSeconds,
        [nameof(EcrAuthOptions.Audience)] = Audience,
        [nameof(EcrAuthOptions.WebIdentityTokenFile)] = WebIdentityTokenFile,
        [nameof(EcrAuthOptions.RoleChaining)] = RoleChaining,
        [nameof(EcrAuthOptions.RoleExternalId)] = RoleExternalId,
        [nameof(EcrAuthOptions.InlineSessionPolicy)] = InlineSessionPolicy,
        [nameof(EcrAuthOptions.ManagedSessionPolicies)] = ManagedSessionPolicies,
        [nameof(EcrAuthOptions.AllowedAccountIds)] = AllowedAccountIds,
    };

    /// <summary>The error line for a failure: the core's message, led by the input it refused when one did.</summary>
    public static string Describe(EcrLoginException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Option is { } option && ForOption.TryGetValue(option, out var input) && !error.Message.Contains($"'{input}'", StringComparison.Ordinal)
            ? $"The input '{input}' was refused: {error.Message}"
            : error.Message;
    }
}
