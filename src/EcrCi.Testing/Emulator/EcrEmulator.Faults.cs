namespace EcrCi.Testing;

public sealed partial class EcrEmulator
{
    private readonly Lock failGate = new();
    private int throttleRemaining;
    private int failRemaining;
    private int failStatus = 500;
    private long delayTicks;
    private volatile bool malformedBody;
    private volatile bool accessDenied;
    private volatile bool expiredToken;
    private int privateCalls;
    private int publicCalls;
    private int totalRequests;
    private long lastExpiresAtMilliseconds = long.MinValue;

    /// <summary>Calls to the private <c>GetAuthorizationToken</c> received, whatever their answer.</summary>
    public int PrivateCalls => Volatile.Read(ref privateCalls);

    /// <summary>Calls to the public <c>GetAuthorizationToken</c> received, whatever their answer.</summary>
    public int PublicCalls => Volatile.Read(ref publicCalls);

    /// <summary>Every HTTP request received, including those with an unknown or no target.</summary>
    public int TotalRequests => Volatile.Read(ref totalRequests);

    /// <summary>The expiry of the last token issued; <see langword="null"/> before the first.</summary>
    public DateTimeOffset? ExpiresAt
    {
        get
        {
            var milliseconds = Interlocked.Read(ref lastExpiresAtMilliseconds);
            return milliseconds == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }
    }

    /// <summary>How long to wait before answering each request; zero by default.</summary>
    public TimeSpan Delay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref delayTicks));
        set => Interlocked.Exchange(ref delayTicks, Math.Max(0, value.Ticks));
    }

    /// <summary>Whether correctly signed calls get a 200 whose body is cut short (invalid JSON).</summary>
    public bool MalformedBody { get => malformedBody; set => malformedBody = value; }

    /// <summary>Whether correctly signed calls get 400 <c>AccessDeniedException</c>, as for an identity without the IAM action.</summary>
    public bool AccessDenied { get => accessDenied; set => accessDenied = value; }

    /// <summary>Whether calls get 400 <c>ExpiredTokenException</c>, as for expired temporary credentials.</summary>
    public bool ExpiredToken { get => expiredToken; set => expiredToken = value; }

    /// <summary>Makes the next <paramref name="count"/> correctly signed calls get 400 <c>ThrottlingException</c> "Rate exceeded".</summary>
    /// <param name="count">How many calls to throttle; 0 stops throttling.</param>
    public void ThrottleNext(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Interlocked.Exchange(ref throttleRemaining, count);
    }

    /// <summary>
    /// Makes the next <paramref name="count"/> correctly signed calls that are not throttled fail with
    /// <paramref name="status"/>: <c>ServiceUnavailable</c> for 503, <c>ServerException</c> otherwise.
    /// </summary>
    /// <param name="count">How many calls to fail; 0 stops failing.</param>
    /// <param name="status">A 5xx status.</param>
    public void FailNext(int count, int status = 500)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        lock (failGate)
        {
            failRemaining = count;
            failStatus = status;
        }
    }

    private bool TakeThrottle()
    {
        while (true)
        {
            var remaining = Volatile.Read(ref throttleRemaining);
            if (remaining <= 0)
                return false;
            if (Interlocked.CompareExchange(ref throttleRemaining, remaining - 1, remaining) == remaining)
                return true;
        }
    }

    private int? TakeFailure()
    {
        lock (failGate)
        {
            if (failRemaining <= 0)
                return null;
            failRemaining--;
            return failStatus;
        }
    }

    private DateTimeOffset IssueExpiry()
    {
        var expiry = DateTimeOffset.FromUnixTimeMilliseconds((Now + Options.TokenLifetime).ToUnixTimeMilliseconds());
        Interlocked.Exchange(ref lastExpiresAtMilliseconds, expiry.ToUnixTimeMilliseconds());
        return expiry;
    }
}
