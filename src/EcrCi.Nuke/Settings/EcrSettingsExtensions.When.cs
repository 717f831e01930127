namespace EcrCi.Nuke;

public static partial class EcrSettingsExtensions
{
    /// <summary>
    /// Applies <paramref name="configure"/> only when <paramref name="condition"/> holds, as Nuke's
    /// own <c>When</c> does: <c>_.SetRegistries(registry).When(IsServerBuild, _ =&gt; _.SetRetryAttempts(10))</c>.
    /// Otherwise the settings are returned as they are (they are immutable).
    /// </summary>
    /// <exception cref="ArgumentNullException">The settings or <paramref name="configure"/> are null.</exception>
    /// <exception cref="ArgumentException"><paramref name="configure"/> returned null.</exception>
    public static T When<T>(this T settings, bool condition, Func<T, T> configure)
        where T : EcrSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(configure);
        return !condition ? settings : configure(settings)
            ?? throw new ArgumentException("The configure of When returned null instead of settings: return the result of the fluent calls.", nameof(configure));
    }
}
