namespace EcrCi.Testing;

/// <summary>
/// ECR's documented throttle for <c>GetAuthorizationToken</c>: a bucket of credits per account
/// and region (200, refilled at 20 a second at AWS); a call takes one credit, and a call that
/// finds the bucket empty is throttled.
/// </summary>
/// <param name="Capacity">The most credits the bucket holds; it starts full.</param>
/// <param name="RefillPerSecond">Credits added each second, continuously.</param>
public sealed record TokenBucket(double Capacity, double RefillPerSecond)
{
    /// <summary>AWS's figures: 200 credits, 20 a second.</summary>
    public static TokenBucket Aws { get; } = new(200, 20);

    /// <summary>The earliest time, in seconds after a burst starts, at which the bucket can serve the k-th call (1-based): max(0, k - capacity) / rate.</summary>
    /// <param name="k">The call's place in the burst.</param>
    public double MinimumSecondsFor(int k) => Math.Max(0, k - Capacity) / RefillPerSecond;
}

/// <summary>One account and region's credits, refilled lazily on each take.</summary>
internal sealed class BucketState(TokenBucket bucket, DateTimeOffset now)
{
    private readonly object gate = new();
    private double credits = bucket.Capacity;
    private DateTimeOffset refilledAt = now;

    /// <summary>Takes a credit; false when there is none (the call is throttled).</summary>
    public bool TryTake(DateTimeOffset now)
    {
        lock (gate)
        {
            var elapsed = (now - refilledAt).TotalSeconds;
            if (elapsed > 0)
            {
                credits = Math.Min(bucket.Capacity, credits + elapsed * bucket.RefillPerSecond);
                refilledAt = now;
            }

            if (credits < 1)
            {
                return false;
            }

            credits -= 1;
            return true;
        }
    }
}
