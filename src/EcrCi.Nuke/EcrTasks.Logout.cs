using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi.Nuke;

public static partial class EcrTasks
{
    /// <summary>
    /// Logs the container client out of the registries of <paramref name="settings"/>: the
    /// hosts <see cref="EcrLogin(EcrLoginSettings?)"/> returned (<c>Tokens[i].Host</c>), registry
    /// hosts or URLs, or account ids (with the region from the settings, AWS_REGION or AWS_DEFAULT_REGION).
    /// </summary>
    /// <returns>The hosts logged out of.</returns>
    /// <exception cref="EcrLoginException">No registries, a bad registry, a missing client, or a failed logout.</exception>
    public static IReadOnlyList<string> EcrLogout(EcrLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        LogStart(nameof(EcrLogout), settings);
        var hosts = LogoutHosts(settings);
        var options = settings.ToLoginOptions(SerilogEcrLogger.Instance);
        Run(cancellationToken => global::EcrCi.EcrLogin.LogoutAsync(hosts, options, cancellationToken));
        return hosts;
    }

    /// <inheritdoc cref="EcrLogout(EcrLoginSettings)"/>
    public static IReadOnlyList<string> EcrLogout(Configure<EcrLoginSettings> configurator) => EcrLogout(Configure(configurator));

    private static string[] LogoutHosts(EcrLoginSettings settings)
    {
        if (settings.Registries.Count == 0)
        {
            return settings.Public
                ? [RegistryReference.Public.Resolve(null, dualStack: settings.DualStack == true).Host]
                : throw new EcrLoginException(EcrErrorKind.InvalidInput,
                    "EcrLogout needs the registries to log out of, and none were given: set them with SetRegistries(...), for example to the hosts EcrLogin returned (result.Tokens[i].Host).");
        }

        var environment = AwsEnvironment.Process;
        return [.. settings.Registries.Select(registry => LogoutHost(registry, settings, environment)).Distinct(StringComparer.Ordinal)];
    }

    private static string LogoutHost(string registry, EcrLoginSettings settings, AwsEnvironment environment)
    {
        var text = registry.Trim();
        if (text.Length == 0 || text.All(char.IsAsciiDigit))
        {
            var region = settings.Region ?? environment.Get("AWS_REGION") ?? environment.Get("AWS_DEFAULT_REGION");
            return RegistryReference.Parse(text).Resolve(
                region,
                settings.Fips ?? environment.GetBoolean("AWS_USE_FIPS_ENDPOINT") ?? false,
                settings.DualStack ?? environment.GetBoolean("AWS_USE_DUALSTACK_ENDPOINT") ?? false).Host;
        }

        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        var host = scheme >= 0 ? text[(scheme + 3)..] : text;
        var slash = host.IndexOf('/', StringComparison.Ordinal);
        host = slash >= 0 ? host[..slash] : host;
        return host.Length == 0 || host.Any(char.IsWhiteSpace) || host.Contains('@', StringComparison.Ordinal)
            ? throw new EcrLoginException(EcrErrorKind.InvalidInput, $"'{registry}' is not a registry host to log out of: expected a host such as 123456789012.dkr.ecr.eu-west-1.amazonaws.com.")
            : host;
    }
}
