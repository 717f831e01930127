namespace EcrCi.Testing;

/// <summary>A thread-safe "fail the next N calls with this status" switch.</summary>
internal sealed class FaultCountdown(int defaultStatus)
{
    private readonly int defaultStatus = defaultStatus;
    private readonly Lock gate = new();
    private int remaining;
    private int status;

    public void Arm(int count, int? withStatus = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (gate)
        {
            remaining = count;
            status = withStatus ?? defaultStatus;
        }
    }

    /// <summary>Uses up one failure: its status, or <see langword="null"/> when none is left.</summary>
    public int? Take()
    {
        lock (gate)
        {
            if (remaining <= 0)
                return null;
            remaining--;
            return status;
        }
    }
}
