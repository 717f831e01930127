namespace EcrCi.Logging;

/// <summary>Receives the core's log events; each front end maps them to its own logger.</summary>
public interface IEcrLogger
{
    /// <summary>Writes one event. Its values are already redacted.</summary>
    void Log(EcrLogEvent logEvent);
}
