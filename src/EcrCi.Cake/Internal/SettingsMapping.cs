using Cake.Core;
using Cake.Core.IO;
using EcrCi;

namespace Cake.EcrCi.Internal;

/// <summary>Maps <see cref="EcrLoginSettings"/> onto the core's options, reading the environment through Cake.</summary>
internal static class SettingsMapping
{
    public static EcrAuthOptions ToOptions(this EcrLoginSettings settings, ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        return new EcrAuthOptions
        {
            FrontEnd = "cake",
            Registries = [.. settings.Registries.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim())],
            Region = Blank(settings.Region),
            Public = settings.Public,
            Profile = Blank(settings.Profile),
            Credentials = settings.Credentials,
            RoleToAssume = Blank(settings.RoleToAssume),
            WebIdentityTokenFile = Absolute(settings.WebIdentityTokenFile, context),
            RoleSessionName = Blank(settings.RoleSessionName),
            RoleDuration = settings.RoleDuration,
            RoleChaining = settings.RoleChaining,
            RoleExternalId = Blank(settings.RoleExternalId),
            InlineSessionPolicy = Blank(settings.InlineSessionPolicy),
            ManagedSessionPolicies = List(settings.ManagedSessionPolicies),
            AllowedAccountIds = List(settings.AllowedAccountIds),
            EndpointUrl = settings.EndpointUrl,
            UseFips = settings.UseFips,
            UseDualStack = settings.UseDualStack,
            Proxy = settings.Proxy,
            ContainerClient = Blank(settings.ContainerClient),
            ContainerClientPath = Absolute(settings.ToolPath ?? settings.ContainerClientPath, context) ?? ResolveClient(settings, context),
            DockerConfig = settings.DockerConfig?.MakeAbsolute(context.Environment).FullPath,
            LoginTimeout = settings.LoginTimeout,
            RetryAttempts = settings.RetryAttempts,
            RetryMode = settings.RetryMode,
            RetryBaseDelay = settings.RetryBaseDelay,
            RetryMaxDelay = settings.RetryMaxDelay,
            AttemptTimeout = settings.AttemptTimeout,
            RetryDeadline = settings.RetryDeadline,
            TokenCache = settings.TokenCache ? true : null,
            TokenCacheDirectory = settings.TokenCacheDirectory?.MakeAbsolute(context.Environment).FullPath,
            TokenCacheRefreshMargin = settings.TokenCacheRefreshMargin,
            Logger = new CakeEcrLogger(context.Log),
            EnvironmentVariables = context.Environment.GetEnvironmentVariable,
        };
    }

    /// <summary>
    /// The container client Cake's tool locator finds (a <c>#tool</c>, a file registered with
    /// <c>Context.Tools.RegisterFile</c>, the tools folder, PATH), as Cake aliases resolve their
    /// tools: the chosen client, else the first of docker, podman, nerdctl and finch; null when
    /// DOCKER_EXE names docker's (the core honours it) or nothing is found (the core searches PATH).
    /// </summary>
    private static string? ResolveClient(EcrLoginSettings settings, ICakeContext context)
    {
        var chosen = Blank(settings.ContainerClient)?.Trim().ToLowerInvariant();
        if (chosen is null or "docker" && !string.IsNullOrEmpty(context.Environment.GetEnvironmentVariable("DOCKER_EXE")))
        {
            return null;
        }

        string[] names = chosen is null ? ["docker", "podman", "nerdctl", "finch"] : [chosen];
        return names
            .Select(name => context.Tools.Resolve(OperatingSystem.IsWindows() ? [name + ".exe", name] : [name]))
            .FirstOrDefault(path => path is not null)?.MakeAbsolute(context.Environment).FullPath;
    }

    /// <summary>A short description of what is asked for, for the log (no secret can be in it).</summary>
    public static string Describe(this EcrLoginSettings settings)
    {
        var registries = settings.Registries.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        return registries.Count > 0 ? string.Join(", ", registries)
            : settings.Public ? "ECR Public (public.ecr.aws)"
            : "the caller's own account";
    }

    private static string? Absolute(FilePath? path, ICakeContext context) => path?.MakeAbsolute(context.Environment).FullPath;

    /// <summary>The non-blank entries, trimmed; null when none is left, so the core's default applies.</summary>
    private static string[]? List(IList<string> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray() is { Length: > 0 } list ? list : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
