using EcrCi.Errors;

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
        var options = settings.ToLoginOptions(SerilogEcrLogger.Instance);
        return Run(cancellationToken => EcrAuth.LogoutAsync(settings.Registries, options, cancellationToken));
    }

    /// <inheritdoc cref="EcrLogout(EcrLoginSettings)"/>
    public static IReadOnlyList<string> EcrLogout(Func<EcrLoginSettings, EcrLoginSettings> configurator) => EcrLogout(Configure(configurator));
}
