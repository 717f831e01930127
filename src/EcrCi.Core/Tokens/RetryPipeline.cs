using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace EcrCi.Tokens;

/// <summary>
/// The one retry shape of every AWS and identity call (ECR, STS, the CI system's OIDC token):
/// an overall deadline around retries around a per-attempt timeout. Delays are capped
/// exponential with full jitter (uniform below min(max delay, base x 2^n)), so that a crowd of
/// jobs throttled together spreads out instead of retrying in step. Throttling is retried until
/// the deadline unless the user capped the attempts; other transient failures up to the cap.
/// </summary>
internal static class RetryPipeline
{
    /// <summary>Builds the pipeline; with one capped attempt there is no retry strategy (Polly refuses one with no retries).</summary>
    /// <param name="retry">Attempts, delays and timeouts.</param>
    /// <param name="classify">Whether a failure is worth another attempt, and whether it is throttling (an attempt timeout is always worth one).</param>
    /// <param name="onRetry">Told the number of the attempt that failed, the delay before the next and why.</param>
    public static ResiliencePipeline Build(RetrySettings retry, Func<Exception, Failure> classify, Action<int, TimeSpan, string> onRetry)
    {
        var builder = new ResiliencePipelineBuilder().AddTimeout(retry.Deadline);
        if (retry.MaxAttempts > 1 || !retry.AttemptsCapped)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(retry, classify, args.Outcome.Exception, args.AttemptNumber)),
                MaxRetryAttempts = int.MaxValue,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(FullJitter(retry, args.AttemptNumber)),
                OnRetry = args =>
                {
                    var reason = args.Outcome.Exception switch
                    {
                        TimeoutRejectedException => "attempt timed out",
                        { } other => other.Message,
                        null => "unknown",
                    };
                    onRetry(args.AttemptNumber + 1, args.RetryDelay, reason);
                    return default;
                },
            });
        }

        return builder.AddTimeout(retry.AttemptTimeout).Build();
    }

    /// <summary>What a failed attempt was.</summary>
    internal enum Failure
    {
        /// <summary>Not worth another attempt (a refused credential, a bad request).</summary>
        Permanent,

        /// <summary>A server error, a dropped connection: retried up to the attempt cap.</summary>
        Transient,

        /// <summary>The service throttled: retried until the deadline unless the attempts are capped.</summary>
        Throttled,
    }

    /// <summary>The delay before retry <paramref name="attempt"/> (0 for the first retry): uniform in [0, min(max, base x 2^attempt)).</summary>
    internal static TimeSpan FullJitter(RetrySettings retry, int attempt)
    {
        var ceiling = retry.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(retry.MaxDelay.TotalMilliseconds, ceiling);
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * capped);
    }

    private static bool ShouldRetry(RetrySettings retry, Func<Exception, Failure> classify, Exception? failure, int attempt)
    {
        var kind = failure switch
        {
            null => Failure.Permanent,
            TimeoutRejectedException => Failure.Transient,
            _ => classify(failure),
        };
        var withinCap = attempt + 1 < retry.MaxAttempts;
        return kind switch
        {
            Failure.Throttled => !retry.AttemptsCapped || withinCap,
            Failure.Transient => withinCap,
            _ => false,
        };
    }
}

/// <summary>A failure of one attempt that is worth another (throttling, a server error, a dropped connection); its message names no secret.</summary>
/// <param name="reason">What failed, for the retry log and the final error.</param>
/// <param name="innerException">The underlying failure, if any.</param>
internal sealed class TransientCallException(string reason, Exception? innerException = null) : Exception(reason, innerException)
{
    /// <summary>The service's error code, when it gave one.</summary>
    public string? ErrorCode { get; init; }
}
