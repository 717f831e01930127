using System.Diagnostics;

namespace EcrCi.Tokens;

/// <summary>
/// The client-side rate limiting of AWS's <c>adaptive</c> retry mode, for the calls of one
/// operation: off until the service throttles; then each send takes a credit from a bucket whose
/// fill rate drops to 70 % of the measured send rate on every throttle (at least half a call a
/// second) and grows back along a cubic curve while calls succeed, as the AWS SDKs do.
/// </summary>
internal sealed class AdaptiveRateLimiter
{
    private const double MinimumFillRate = 0.5;
    private const double Beta = 0.7;
    private const double Scale = 0.4;
    private const double Smoothing = 0.8;
    private const double MeasureBucketSeconds = 0.5;

    private readonly object gate = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private bool enabled;
    private double fillRate;
    private double credits;
    private double refilledAt;
    private double lastMaxRate;
    private double lastThrottleAt;
    private double measuredRate;
    private double measureBucket;
    private int sendsInBucket;

    /// <summary>The fill rate in calls a second while limiting, or null while off.</summary>
    public double? FillRate
    {
        get
        {
            lock (gate)
            {
                return enabled ? fillRate : null;
            }
        }
    }

    /// <summary>Waits for a credit while limiting; returns at once while off.</summary>
    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                if (!enabled)
                {
                    return;
                }

                Refill();
                if (credits >= 1)
                {
                    credits -= 1;
                    return;
                }

                wait = TimeSpan.FromSeconds((1 - credits) / fillRate);
            }

            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>Records an answer: throttled or not.</summary>
    public void Record(bool throttled)
    {
        lock (gate)
        {
            var now = clock.Elapsed.TotalSeconds;
            Measure(now);
            if (throttled)
            {
                lastMaxRate = enabled ? Math.Min(measuredRate, fillRate) : measuredRate;
                lastThrottleAt = now;
                SetFillRate(lastMaxRate * Beta);
                if (!enabled)
                {
                    enabled = true;
                    refilledAt = now;
                }
            }
            else if (enabled)
            {
                var k = Math.Cbrt(lastMaxRate * (1 - Beta) / Scale);
                var cubic = (Scale * Math.Pow(now - lastThrottleAt - k, 3)) + lastMaxRate;
                SetFillRate(Math.Min(cubic, 2 * measuredRate));
            }
        }
    }

    private void SetFillRate(double rate)
    {
        Refill();
        fillRate = Math.Max(rate, MinimumFillRate);
        credits = Math.Min(credits, Math.Max(fillRate, 1));
    }

    private void Refill()
    {
        var now = clock.Elapsed.TotalSeconds;
        if (enabled)
        {
            credits = Math.Min(Math.Max(fillRate, 1), credits + ((now - refilledAt) * fillRate));
        }

        refilledAt = now;
    }

    private void Measure(double now)
    {
        // Sends per half-second bucket, smoothed, as the SDKs measure their transmit rate.
        var bucket = Math.Floor(now / MeasureBucketSeconds) * MeasureBucketSeconds;
        sendsInBucket++;
        if (bucket > measureBucket)
        {
            var current = sendsInBucket / (bucket - measureBucket);
            measuredRate = (current * Smoothing) + (measuredRate * (1 - Smoothing));
            sendsInBucket = 0;
            measureBucket = bucket;
        }
    }
}
