namespace EcrCi.Nuke;

public static partial class EcrSettingsExtensions
{
    /// <summary>Sets <see cref="EcrSettings.RetryAttempts"/>: token-call attempts in all (1 to 20).</summary>
    public static T SetRetryAttempts<T>(this T settings, int retryAttempts)
        where T : EcrSettings => Copy(settings, s => s with { RetryAttempts = retryAttempts });

    /// <summary>Resets <see cref="EcrSettings.RetryAttempts"/> to the default (5).</summary>
    public static T ResetRetryAttempts<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RetryAttempts = null });

    /// <summary>Sets <see cref="EcrSettings.AttemptTimeout"/>: how long one token call may take.</summary>
    public static T SetAttemptTimeout<T>(this T settings, TimeSpan attemptTimeout)
        where T : EcrSettings => Copy(settings, s => s with { AttemptTimeout = attemptTimeout });

    /// <summary>Resets <see cref="EcrSettings.AttemptTimeout"/> to the default (15 seconds).</summary>
    public static T ResetAttemptTimeout<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { AttemptTimeout = null });

    /// <summary>Sets <see cref="EcrSettings.RetryDeadline"/>: how long all attempts may take together.</summary>
    public static T SetRetryDeadline<T>(this T settings, TimeSpan retryDeadline)
        where T : EcrSettings => Copy(settings, s => s with { RetryDeadline = retryDeadline });

    /// <summary>Resets <see cref="EcrSettings.RetryDeadline"/> to the default (60 seconds).</summary>
    public static T ResetRetryDeadline<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RetryDeadline = null });
}
