using System.Globalization;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace EcrCi.Nuke.Tests.World;

/// <summary>Points Serilog's static Log at a list for the duration of a spec, as a Nuke build points it at its console.</summary>
public sealed class CapturedLog : ILogEventSink, IDisposable
{
    private readonly ILogger previous = Log.Logger;
    private readonly List<LogEvent> events = [];

    public CapturedLog() => Log.Logger = new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(this).CreateLogger();

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (events)
            {
                return [.. events];
            }
        }
    }

    /// <summary>Every event rendered, with its template and each property.</summary>
    public string AllText => string.Join('\n', Events.Select(e =>
        $"{e.Level} {e.MessageTemplate.Text} {e.RenderMessage(CultureInfo.InvariantCulture)} {string.Join('|', e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}"));

    public void Emit(LogEvent logEvent)
    {
        lock (events)
        {
            events.Add(logEvent);
        }
    }

    public void Dispose() => Log.Logger = previous;
}
