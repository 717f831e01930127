using EcrCi.Aws;
using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi.Nuke;

public abstract partial record EcrSettings
{
    /// <summary>The core's options for these settings; unset values keep the core's defaults.</summary>
    internal EcrAuthOptions ToOptions(IEcrLogger logger)
    {
        var defaults = RetrySettings.Default;
        var attemptTimeout = AttemptTimeout ?? defaults.AttemptTimeout;
        return new EcrAuthOptions
        {
            Registries = [.. Registries],
            Region = Region,
            Public = Public,
            Profile = Profile,
            AssumeRole = RoleToAssume is null ? null : new RoleAssumption(RoleToAssume, TokenSource())
            {
                SessionName = RoleSessionName,
                Duration = RoleDuration ?? TimeSpan.FromHours(1),
            },
            EndpointUrl = EndpointUrl,
            UseFips = Fips,
            UseDualStack = DualStack,
            Proxy = Proxy,
            Retry = defaults with
            {
                MaxAttempts = RetryAttempts ?? defaults.MaxAttempts,
                AttemptTimeout = attemptTimeout,
                Deadline = RetryDeadline ?? (attemptTimeout > defaults.Deadline ? attemptTimeout : defaults.Deadline),
            },
            Logger = logger,
        };
    }

    /// <summary>The token file from the settings or AWS_WEB_IDENTITY_TOKEN_FILE, else GitHub Actions' OIDC provider.</summary>
    private WebIdentityTokenSource TokenSource() =>
        (WebIdentityTokenFile ?? AwsEnvironment.Process.Get("AWS_WEB_IDENTITY_TOKEN_FILE")) is { } file
            ? WebIdentityTokenSource.FromFile(file)
            : WebIdentityTokenSource.FromGitHubActions();
}
