namespace EcrCi.Logging;

/// <summary>Receives the core's log events; each front end maps them to its own logger.</summary>
public interface IEcrLogger
{
    /// <summary>Writes one event. Its values are already redacted.</summary>
    void Log(EcrLogEvent logEvent);
}

/// <summary>A logger that drops everything.</summary>
public sealed class NullEcrLogger : IEcrLogger
{
    /// <summary>The single instance.</summary>
    public static NullEcrLogger Instance { get; } = new();

    /// <inheritdoc />
    public void Log(EcrLogEvent logEvent)
    {
    }
}
