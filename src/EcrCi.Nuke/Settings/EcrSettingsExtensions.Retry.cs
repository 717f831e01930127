namespace EcrCi.Nuke;

public static partial class EcrSettingsExtensions
{
    /// <summary>Sets <see cref="EcrSettings.RetryAttempts"/>: attempts of each AWS call in all (1 to 20), a cap that holds for every error, throttling included.</summary>
    public static T SetRetryAttempts<T>(this T settings, int retryAttempts)
        where T : EcrSettings => Copy(settings, s => s with { RetryAttempts = retryAttempts });

    /// <summary>Resets <see cref="EcrSettings.RetryAttempts"/>: AWS_MAX_ATTEMPTS or the profile's <c>max_attempts</c>, else throttling retried until the deadline and other transient errors up to 5 attempts.</summary>
    public static T ResetRetryAttempts<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RetryAttempts = null });

    /// <summary>Sets <see cref="EcrSettings.RetryMode"/>: AWS's retry mode (legacy, standard or adaptive).</summary>
    public static T SetRetryMode<T>(this T settings, RetryMode retryMode)
        where T : EcrSettings => Copy(settings, s => s with { RetryMode = retryMode });

    /// <summary>Resets <see cref="EcrSettings.RetryMode"/>: AWS_RETRY_MODE or the profile's <c>retry_mode</c>, else standard.</summary>
    public static T ResetRetryMode<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RetryMode = null });

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
