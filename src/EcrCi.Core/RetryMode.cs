namespace EcrCi;

/// <summary>
/// AWS's retry modes (<see cref="EcrAuthOptions.RetryMode"/>, <c>AWS_RETRY_MODE</c>, the
/// profile's <c>retry_mode</c>). In every mode, throttling is retried until the deadline unless
/// the attempts are capped, and server errors and dropped connections up to the attempt cap.
/// </summary>
public enum RetryMode
{
    /// <summary>The SDKs' older mode; here it retries as <see cref="Standard"/> does.</summary>
    Legacy,

    /// <summary>Capped exponential backoff with full jitter; throttling retried until the deadline unless attempts are capped.</summary>
    Standard,

    /// <summary><see cref="Standard"/> plus client-side rate limiting once the service throttles.</summary>
    Adaptive,
}

/// <summary>Reads a retry mode as AWS's tools write it.</summary>
internal static class RetryModes
{
    /// <summary>The mode named by <paramref name="text"/> (any case), or null when it names none.</summary>
    public static RetryMode? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "legacy" => RetryMode.Legacy,
        "standard" => RetryMode.Standard,
        "adaptive" => RetryMode.Adaptive,
        _ => null,
    };
}
