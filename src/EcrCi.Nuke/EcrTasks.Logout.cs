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
        var registries = LogoutRegistries(settings);
        var options = settings.ToLoginOptions(SerilogEcrLogger.Instance);
        return Run(cancellationToken => EcrAuth.LogoutAsync(registries, options, cancellationToken));
    }

    /// <inheritdoc cref="EcrLogout(EcrLoginSettings)"/>
    public static IReadOnlyList<string> EcrLogout(Configure<EcrLoginSettings> configurator) => EcrLogout(Configure(configurator));

    private static IReadOnlyList<string> LogoutRegistries(EcrLoginSettings settings) =>
        settings.Registries.Count > 0 ? settings.Registries
        : settings.Public ? [RegistryReference.Public.Resolve(null, dualStack: settings.DualStack == true).Host]
        : throw new EcrLoginException(EcrErrorKind.InvalidInput,
            "EcrLogout needs the registries to log out of, and none were given: set them with SetRegistries(...), for example to the hosts EcrLogin returned (result.Tokens[i].Host).");
}
