using EcrCi.Logging;
using Serilog.Events;

namespace EcrCi.Nuke;

/// <summary>
/// Hands the core's events to Serilog's static <see cref="Log"/>, the logger a Nuke build
/// configures, as message templates with their (already redacted) values, so they land in
/// Nuke's output as structured events.
/// </summary>
internal sealed class SerilogEcrLogger : IEcrLogger
{
    public static SerilogEcrLogger Instance { get; } = new();

    public void Log(EcrLogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        Serilog.Log.Write(Level(logEvent.Level), logEvent.Template, [.. logEvent.Values]);
    }

    internal static LogEventLevel Level(EcrLogLevel level) => level switch
    {
        EcrLogLevel.Debug => LogEventLevel.Debug,
        EcrLogLevel.Information => LogEventLevel.Information,
        EcrLogLevel.Warning => LogEventLevel.Warning,
        _ => LogEventLevel.Error,
    };
}
