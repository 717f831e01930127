using EcrCi.Logging;

namespace EcrCi.Tokens;

/// <summary>
/// The time a token client signs with: this machine's clock, corrected by AWS's own (its
/// <c>Date</c> header) after AWS refused a signature as too far off. The correction lives as
/// long as the operation (its token clients share one clock) and changes nothing else in the process.
/// </summary>
internal sealed class SigningClock
{
    /// <summary>Below this, a difference is not worth correcting: AWS accepts 15 minutes either way.</summary>
    private static readonly TimeSpan Negligible = TimeSpan.FromMinutes(1);

    private long offsetTicks;

    /// <summary>The signing time for the next request, or null for the signer's own clock.</summary>
    public DateTime? SigningTime => Interlocked.Read(ref offsetTicks) is var ticks && ticks == 0 ? null : DateTime.UtcNow + TimeSpan.FromTicks(ticks);

    /// <summary>How far AWS's clock (an answer's <c>Date</c>) is ahead of this machine's, or null when the difference is negligible.</summary>
    /// <param name="serverDate">The answer's <c>Date</c> header.</param>
    public static TimeSpan? OffsetOf(DateTimeOffset serverDate) =>
        serverDate - DateTimeOffset.UtcNow is var offset && offset.Duration() >= Negligible ? offset : null;

    /// <summary>Takes AWS's time from an answer that refused the signature; true when the correction changed (worth signing again).</summary>
    /// <param name="serverDate">The answer's <c>Date</c> header.</param>
    /// <param name="log">Told the correction.</param>
    /// <param name="endpoint">The endpoint whose clock it is, for the log.</param>
    public bool Correct(DateTimeOffset serverDate, RedactingLog log, Uri endpoint)
    {
        var offset = serverDate - DateTimeOffset.UtcNow;
        var previous = TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
        if ((offset - previous).Duration() < Negligible)
        {
            return false;
        }

        Interlocked.Exchange(ref offsetTicks, offset.Ticks);
        log.Warning("This machine's clock is {Seconds} s {Direction} the clock of {Endpoint}: signing with AWS's time. Synchronise the clock (NTP).",
            (int)offset.Duration().TotalSeconds, offset > TimeSpan.Zero ? "behind" : "ahead of", endpoint.ToString());
        return true;
    }
}
