using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace EcrCi.Tokens;

/// <summary>
/// The one retry shape of every AWS and identity call (ECR, STS, the CI system's OIDC token):
/// an overall deadline around jittered exponential retries around a per-attempt timeout. The
/// caller says which failures are worth another attempt and hears about each retry.
/// </summary>
internal static class RetryPipeline
{
    /// <summary>Builds the pipeline; with one attempt there is no retry strategy (Polly refuses one with no retries).</summary>
    /// <param name="retry">Attempts, delays and timeouts.</param>
    /// <param name="isRetryable">True for a failure worth another attempt (an attempt timeout always is).</param>
    /// <param name="onRetry">Told the number of the attempt that failed, the delay before the next and why.</param>
    public static ResiliencePipeline Build(RetrySettings retry, Func<Exception, bool> isRetryable, Action<int, TimeSpan, string> onRetry)
    {
        var builder = new ResiliencePipelineBuilder().AddTimeout(retry.Deadline);
        if (retry.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && (e is TimeoutRejectedException || isRetryable(e))),
                MaxRetryAttempts = retry.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
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
}

/// <summary>A failure of one attempt that is worth another (throttling, a server error, a dropped connection); its message names no secret.</summary>
/// <param name="reason">What failed, for the retry log and the final error.</param>
/// <param name="innerException">The underlying failure, if any.</param>
internal sealed class TransientCallException(string reason, Exception? innerException = null) : Exception(reason, innerException)
{
    /// <summary>The service's error code, when it gave one.</summary>
    public string? ErrorCode { get; init; }
}
