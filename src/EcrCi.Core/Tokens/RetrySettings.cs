namespace EcrCi.Tokens;

/// <summary>
/// How token calls are retried: throttling, server errors and transient network faults are
/// retried with jittered exponential backoff; authentication and permission errors never are.
/// </summary>
/// <param name="MaxAttempts">Attempts in all, the first included (at least 1).</param>
/// <param name="BaseDelay">The first backoff delay; it doubles per retry (with jitter).</param>
/// <param name="MaxDelay">The longest single backoff delay.</param>
/// <param name="AttemptTimeout">How long one attempt may take.</param>
/// <param name="Deadline">How long all attempts together may take.</param>
public sealed record RetrySettings(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan AttemptTimeout, TimeSpan Deadline)
{
    /// <summary>5 attempts, 200 ms first delay, 10 s at most per delay, 15 s per attempt, 60 s in all.</summary>
    public static RetrySettings Default { get; } = new(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(60));

    /// <summary>Throws an actionable error when a value is out of range.</summary>
    /// <exception cref="Errors.EcrLoginException">A value is out of range.</exception>
    public void Validate()
    {
        Check(MaxAttempts is >= 1 and <= 20, $"retry attempts is {MaxAttempts}: expected 1 to 20");
        Check(BaseDelay >= TimeSpan.Zero && BaseDelay <= MaxDelay, $"retry base delay is {BaseDelay}: expected zero or more and at most the maximum delay {MaxDelay}");
        Check(AttemptTimeout > TimeSpan.Zero, $"attempt timeout is {AttemptTimeout}: expected more than zero");
        Check(Deadline >= AttemptTimeout, $"deadline is {Deadline}: expected at least the attempt timeout {AttemptTimeout}");
    }

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw Errors.EcrLoginException.Input($"The {problem}.");
        }
    }
}
