using Cake.Core;
using EcrCi;
using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Clients;
using EcrCi.Tokens;

namespace Cake.EcrCi.Internal;

/// <summary>Maps <see cref="EcrLoginSettings"/> onto the core's options, reading the environment through Cake.</summary>
internal static class SettingsMapping
{
    public static EcrAuthOptions ToOptions(this EcrLoginSettings settings, ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var environment = new AwsEnvironment(context.Environment.GetEnvironmentVariable);
        var defaults = RetrySettings.Default;
        return new EcrAuthOptions
        {
            Registries = [.. settings.Registries.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim())],
            Region = Blank(settings.Region),
            Public = settings.Public,
            Profile = Blank(settings.Profile),
            Credentials = settings.Credentials,
            AssumeRole = Blank(settings.RoleToAssume) is { } role ? settings.ToRoleAssumption(role, context, environment) : null,
            EndpointUrl = settings.EndpointUrl,
            UseFips = settings.UseFips,
            UseDualStack = settings.UseDualStack,
            Proxy = settings.Proxy,
            ContainerClient = Blank(settings.ContainerClient) is { } client ? ContainerClientKinds.Parse(client) : null,
            ContainerClientPath = settings.ContainerClientPath?.MakeAbsolute(context.Environment).FullPath,
            DockerConfig = settings.DockerConfig?.MakeAbsolute(context.Environment).FullPath,
            LoginTimeout = settings.LoginTimeout ?? TimeSpan.FromSeconds(60),
            Retry = new RetrySettings(
                settings.RetryAttempts ?? defaults.MaxAttempts,
                settings.RetryBaseDelay ?? defaults.BaseDelay,
                settings.RetryMaxDelay ?? defaults.MaxDelay,
                settings.AttemptTimeout ?? defaults.AttemptTimeout,
                settings.RetryDeadline ?? defaults.Deadline),
            TokenCache = settings.TokenCache
                ? new TokenCacheOptions
                {
                    Directory = settings.TokenCacheDirectory?.MakeAbsolute(context.Environment).FullPath,
                    RefreshMargin = settings.TokenCacheRefreshMargin,
                }
                : null,
            Logger = new CakeEcrLogger(context.Log),
            Environment = environment,
        };
    }

    /// <summary>A short description of what is asked for, for the log (no secret can be in it).</summary>
    public static string Describe(this EcrLoginSettings settings)
    {
        var registries = settings.Registries.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        return registries.Count > 0 ? string.Join(", ", registries)
            : settings.Public ? "ECR Public (public.ecr.aws)"
            : "the caller's own account";
    }

    private static RoleAssumption ToRoleAssumption(this EcrLoginSettings settings, string role, ICakeContext context, AwsEnvironment environment)
    {
        var file = settings.WebIdentityTokenFile?.MakeAbsolute(context.Environment).FullPath ?? environment.Get("AWS_WEB_IDENTITY_TOKEN_FILE");
        var source = file is not null ? WebIdentityTokenSource.FromFile(file) : WebIdentityTokenSource.FromGitHubActions();
        return new RoleAssumption(role, source)
        {
            SessionName = Blank(settings.RoleSessionName),
            Duration = settings.RoleDuration ?? TimeSpan.FromHours(1),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
