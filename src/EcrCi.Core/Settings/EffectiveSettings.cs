using System.Globalization;
using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Clients;
using EcrCi.Errors;
using EcrCi.Hosts;
using EcrCi.Tokens;

namespace EcrCi.Settings;

/// <summary>
/// Every setting of one operation, resolved once and in one order: the explicit option, then
/// the environment variable, then the AWS profile, then the core's default. Front ends pass
/// what their users set and leave the rest null; no default lives anywhere else. Each value is
/// checked here, before any network call, and a refusal names the option.
/// </summary>
internal sealed record EffectiveSettings(
    EcrAuthOptions Options,
    AwsEnvironment Environment,
    ProfileSettings Profile,
    CiHost Host,
    EndpointSettings Endpoints,
    RetrySettings Retry,
    TimeSpan LoginTimeout,
    ContainerClientKind? ContainerClient,
    RoleAssumption? Role,
    TokenCacheOptions? TokenCache)
{
    /// <summary>The accounts the credentials may belong to, or null for any.</summary>
    public IReadOnlyList<string>? AllowedAccounts { get; init; }

    /// <summary>The User-Agent of every AWS call (see <see cref="Aws.UserAgent"/>).</summary>
    public required string UserAgent { get; init; }

    /// <summary>How long one container-client login may take unless set.</summary>
    public static readonly TimeSpan DefaultLoginTimeout = TimeSpan.FromSeconds(60);

    public static EffectiveSettings From(EcrAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var environment = options.EnvironmentVariables is { } lookup ? new AwsEnvironment(lookup) : AwsEnvironment.Process;
        var profile = new ProfileSettings(options.Profile, environment);
        var host = CiHost.Detect(environment);
        var loginTimeout = options.LoginTimeout ?? DefaultLoginTimeout;
        if (loginTimeout <= TimeSpan.Zero)
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.LoginTimeout), $"The login timeout is {loginTimeout}: expected more than zero.");
        }

        var endpoints = EndpointSettings.From(
            environment,
            options.EndpointUrl,
            options.UseFips ?? environment.GetBoolean("AWS_USE_FIPS_ENDPOINT") ?? profile.UseFips ?? false,
            options.UseDualStack ?? environment.GetBoolean("AWS_USE_DUALSTACK_ENDPOINT") ?? profile.UseDualStack ?? false,
            profile);
        if (options.Region is { } region)
        {
            Registries.RegionName.Validate(region);
        }

        var retry = ResolveRetry(options, environment, profile);
        var client = options.ContainerClient is { } name ? ContainerClientKinds.Parse(name) : (ContainerClientKind?)null;
        var cache = ResolveCache(options, environment);

        var allowedAccounts = RoleSettings.AllowedAccounts(options);

        // Last: a role's token source is looked for only once every value is known to be valid.
        var role = RoleSettings.From(options, environment, host);
        if (role is { Chaining: false } && (options.Credentials is not null || options.Profile is not null))
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.RoleToAssume),
                "Both a role to assume with a web identity token and credentials (or a profile) were given: give one of them, or turn on role chaining to assume the role with those credentials.");
        }

        return new EffectiveSettings(options, environment, profile, host, endpoints, retry, loginTimeout, client, role, cache)
        {
            AllowedAccounts = allowedAccounts,
            UserAgent = Aws.UserAgent.For(options.FrontEnd, Aws.UserAgent.AppId(environment, profile)),
        };
    }

    private static RetrySettings ResolveRetry(EcrAuthOptions options, AwsEnvironment environment, ProfileSettings profile)
    {
        var defaults = RetrySettings.Default;
        var attemptTimeout = options.AttemptTimeout ?? defaults.AttemptTimeout;
        var capped = options.RetryAttempts ?? WholeNumber(environment, "AWS_MAX_ATTEMPTS") ?? profile.MaxAttempts;
        var retry = new RetrySettings(
            capped ?? defaults.MaxAttempts,
            options.RetryBaseDelay ?? defaults.BaseDelay,
            options.RetryMaxDelay ?? defaults.MaxDelay,
            attemptTimeout,
            options.RetryDeadline ?? (attemptTimeout > defaults.Deadline ? attemptTimeout : defaults.Deadline))
        {
            AttemptsCapped = capped is not null,
            Mode = options.RetryMode ?? EnvironmentRetryMode(environment) ?? profile.RetryMode ?? RetryMode.Standard,
        };
        retry.Validate();
        return retry;
    }

    private static TokenCacheOptions? ResolveCache(EcrAuthOptions options, AwsEnvironment environment)
    {
        if (options.TokenCache != true)
        {
            return null;
        }

        var cache = new TokenCacheOptions
        {
            Directory = options.TokenCacheDirectory,
            RefreshMargin = options.TokenCacheRefreshMargin,
            Clock = options.Clock ?? TimeProvider.System,
        };
        cache.Validate(environment);
        return cache;
    }

    private static RetryMode? EnvironmentRetryMode(AwsEnvironment environment) =>
        environment.Get("AWS_RETRY_MODE") is not { Length: > 0 } text ? null
        : RetryModes.Parse(text) ?? throw EcrLoginException.Input(nameof(EcrAuthOptions.RetryMode), $"AWS_RETRY_MODE is '{text}': expected legacy, standard or adaptive.");

    private static int? WholeNumber(AwsEnvironment environment, string name) =>
        environment.Get(name) is not { } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : throw EcrLoginException.Input(nameof(EcrAuthOptions.RetryAttempts), $"{name} is '{text}': expected a whole number from 1 to {RetrySettings.MostAttempts}.");
}
