using EcrCi.Errors;
using EcrCi.Secrets;

namespace EcrCi.Nuke;

/// <summary>
/// Amazon ECR tasks for Nuke builds, called like Nuke's own:
/// <c>EcrTasks.EcrLogin(_ =&gt; _.SetRegistries("123456789012.dkr.ecr.eu-west-1.amazonaws.com"))</c>.
/// Each runs synchronously, logs through Serilog's static <c>Log</c>, and throws an
/// <see cref="EcrLoginException"/> whose message says what to fix; no secret is ever logged.
/// </summary>
public static partial class EcrTasks
{
    /// <summary>
    /// Fetches a token per registry and logs the container client in to each, the password on
    /// its standard input only.
    /// </summary>
    /// <returns>One token per registry, the client that logged in, and the Docker config folder.</returns>
    /// <exception cref="EcrLoginException">Bad settings, missing credentials or permission, ECR or client failure.</exception>
    public static EcrAuthResult EcrLogin(EcrLoginSettings? settings = null)
    {
        settings ??= new EcrLoginSettings();
        LogStart(nameof(EcrLogin), settings);
        return Run(cancellationToken => EcrAuth.LoginAsync(settings.ToLoginOptions(SerilogEcrLogger.Instance), cancellationToken));
    }

    /// <inheritdoc cref="EcrLogin(EcrLoginSettings?)"/>
    public static EcrAuthResult EcrLogin(Func<EcrLoginSettings, EcrLoginSettings> configurator) => EcrLogin(Configure(configurator));

    /// <summary>Fetches a token per registry without logging any client in.</summary>
    /// <returns>One token per registry (passwords show as <c>[REDACTED]</c>; <c>Reveal()</c> gives the text).</returns>
    /// <exception cref="EcrLoginException">Bad settings, missing credentials or permission, or an ECR failure.</exception>
    public static EcrAuthResult EcrGetAuthorizationToken(EcrGetAuthorizationTokenSettings? settings = null)
    {
        settings ??= new EcrGetAuthorizationTokenSettings();
        LogStart(nameof(EcrGetAuthorizationToken), settings);
        return Run(cancellationToken => EcrAuth.GetTokensAsync(settings.ToOptions(SerilogEcrLogger.Instance), cancellationToken));
    }

    /// <inheritdoc cref="EcrGetAuthorizationToken(EcrGetAuthorizationTokenSettings?)"/>
    public static EcrAuthResult EcrGetAuthorizationToken(Func<EcrGetAuthorizationTokenSettings, EcrGetAuthorizationTokenSettings> configurator) =>
        EcrGetAuthorizationToken(Configure(configurator));

    /// <summary>
    /// Fetches the registry password for one registry (or the caller's own account), as
    /// <c>aws ecr get-login-password</c> does. The user name is always <c>AWS</c>.
    /// </summary>
    /// <returns>The password; it prints as <c>[REDACTED]</c>, <c>Reveal()</c> gives the text.</returns>
    /// <exception cref="EcrLoginException">More than one registry, bad settings, or a credential or ECR failure.</exception>
    public static Secret EcrGetLoginPassword(EcrGetLoginPasswordSettings? settings = null)
    {
        settings ??= new EcrGetLoginPasswordSettings();
        if (settings.Registries.Count > 1)
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"EcrGetLoginPassword returns one password, but {settings.Registries.Count} registries were given ({string.Join(", ", settings.Registries)}): name one registry, or use EcrGetAuthorizationToken for several.");
        }

        LogStart(nameof(EcrGetLoginPassword), settings);
        var result = Run(cancellationToken => EcrAuth.GetTokensAsync(settings.ToOptions(SerilogEcrLogger.Instance), cancellationToken));
        return result.Tokens[0].Password;
    }

    /// <inheritdoc cref="EcrGetLoginPassword(EcrGetLoginPasswordSettings?)"/>
    public static Secret EcrGetLoginPassword(Func<EcrGetLoginPasswordSettings, EcrGetLoginPasswordSettings> configurator) =>
        EcrGetLoginPassword(Configure(configurator));
}
