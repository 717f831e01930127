using EcrCi.Errors;

namespace EcrCi.Tokens;

/// <summary>
/// How AWS calls are retried: capped exponential backoff with full jitter, so a crowd of jobs
/// spreads out; throttling until the deadline (unless the user capped the attempts), server
/// errors and transient network faults up to the attempt cap; authentication and permission
/// errors never. The deadline bounds everything.
/// </summary>
/// <param name="MaxAttempts">Attempts in all, the first included (at least 1), for errors other than throttling unless <see cref="AttemptsCapped"/>.</param>
/// <param name="BaseDelay">The first backoff ceiling; it doubles per retry, and each delay is drawn uniformly below it (full jitter).</param>
/// <param name="MaxDelay">The longest single backoff delay.</param>
/// <param name="AttemptTimeout">How long one attempt may take.</param>
/// <param name="Deadline">How long all attempts together may take.</param>
internal sealed record RetrySettings(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan AttemptTimeout, TimeSpan Deadline)
{
    /// <summary>AWS's retry mode; <see cref="RetryMode.Adaptive"/> adds client-side rate limiting.</summary>
    public RetryMode Mode { get; init; } = RetryMode.Standard;

    /// <summary>True when the user capped the attempts (option, AWS_MAX_ATTEMPTS or max_attempts): the cap then holds for throttling too.</summary>
    public bool AttemptsCapped { get; init; }

    /// <summary>The most attempts a user may ask for.</summary>
    public const int MostAttempts = 20;

    /// <summary>The longest a user may let one attempt take.</summary>
    public static readonly TimeSpan LongestAttempt = TimeSpan.FromMinutes(10);

    /// <summary>The longest a user may let all attempts take.</summary>
    public static readonly TimeSpan LongestDeadline = TimeSpan.FromHours(1);

    /// <summary>5 attempts, 200 ms first delay, 10 s at most per delay, 15 s per attempt, 60 s in all.</summary>
    public static RetrySettings Default { get; } = new(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(60));

    /// <summary>Throws an actionable error, naming the option, when a value is out of range.</summary>
    /// <exception cref="EcrLoginException">A value is out of range.</exception>
    public void Validate()
    {
        Check(nameof(EcrAuthOptions.RetryAttempts), MaxAttempts is >= 1 and <= MostAttempts, $"retry attempts is {MaxAttempts}: expected 1 to {MostAttempts}");
        Check(nameof(EcrAuthOptions.RetryBaseDelay), BaseDelay >= TimeSpan.Zero && BaseDelay <= MaxDelay, $"retry base delay is {BaseDelay}: expected zero or more and at most the maximum delay {MaxDelay}");
        Check(nameof(EcrAuthOptions.AttemptTimeout), AttemptTimeout > TimeSpan.Zero && AttemptTimeout <= LongestAttempt, $"attempt timeout is {AttemptTimeout}: expected more than zero and at most {LongestAttempt}");
        Check(nameof(EcrAuthOptions.RetryDeadline), Deadline >= AttemptTimeout && Deadline <= LongestDeadline, $"retry deadline is {Deadline}: expected at least the attempt timeout {AttemptTimeout} and at most {LongestDeadline}");
    }

    private static void Check(string option, bool condition, string problem)
    {
        if (!condition)
        {
            throw EcrLoginException.Input(option, $"The {problem}.");
        }
    }
}
