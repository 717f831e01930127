using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace EcrCi.Testing;

/// <summary>
/// The emulator's own clock, as AWS's: signatures are checked against it (15 minutes either
/// way) and every answer carries it in its <c>Date</c> header, so a client whose clock is off
/// can correct itself as the SDKs do.
/// </summary>
public sealed partial class EcrEmulator
{
    private long clockOffsetTicks;

    /// <summary>How far the emulator's clock is from this machine's (positive: AWS is ahead); zero by default.</summary>
    public TimeSpan ClockOffset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref clockOffsetTicks));
        set => Interlocked.Exchange(ref clockOffsetTicks, value.Ticks);
    }

    /// <summary>The emulator's current time.</summary>
    public DateTimeOffset Now => DateTimeOffset.UtcNow + ClockOffset;

    /// <summary>Writes the emulator's time into the answer's <c>Date</c> header (RFC 1123, as AWS sends it).</summary>
    private void StampDate(HttpResponse response) =>
        response.Headers.Date = Now.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The emulator's clock for the signature verifier.</summary>
    private sealed class OffsetClock(EcrEmulator emulator) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => emulator.Now;
    }
}
