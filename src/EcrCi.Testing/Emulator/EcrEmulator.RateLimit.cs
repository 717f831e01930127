using System.Collections.Concurrent;

namespace EcrCi.Testing;

/// <summary>ECR's token-bucket throttle, per account (of the signing key) and region, when one is set.</summary>
public sealed partial class EcrEmulator
{
    private readonly ConcurrentDictionary<(string Account, string Region), BucketState> buckets = new();
    private TokenBucket? rateLimit;
    private int bucketThrottled;

    /// <summary>
    /// The throttle in force, or null for none (the default); setting it starts every
    /// account and region with a full bucket.
    /// </summary>
    public TokenBucket? RateLimit
    {
        get => Volatile.Read(ref rateLimit);
        set
        {
            buckets.Clear();
            Volatile.Write(ref rateLimit, value);
        }
    }

    /// <summary>How many calls the bucket throttled.</summary>
    public int BucketThrottled => Volatile.Read(ref bucketThrottled);

    /// <summary>Takes a credit of the caller's account in <paramref name="region"/>; false when the bucket is empty.</summary>
    private bool TakeCredit(string? accessKeyId, string region)
    {
        if (RateLimit is not { } limit)
            return true;

        var account = accessKeyId is not null && identities.TryGetValue(accessKeyId, out var identity) ? identity.Account : Options.DefaultAccountId;
        var now = Now;
        if (buckets.GetOrAdd((account, region), _ => new BucketState(limit, now)).TryTake(now))
            return true;

        Interlocked.Increment(ref bucketThrottled);
        return false;
    }
}
