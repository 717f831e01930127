using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace EcrCi.Nuke.TestBuild;

/// <summary>
/// Writes every event to a file as the tests read it: the level, the message rendered as Nuke's
/// console shows it, each property on its own line, and the exception, flushed at once so a
/// failed run leaves it whole.
/// </summary>
internal sealed class CaptureSink(string path) : ILogEventSink, IDisposable
{
    private readonly StreamWriter writer = new(path, append: true) { AutoFlush = true };
    private readonly MessageTemplateTextFormatter message = new("[{Level}] {Message:l}", CultureInfo.InvariantCulture);

    public void Emit(LogEvent logEvent)
    {
        lock (writer)
        {
            message.Format(logEvent, writer);
            writer.WriteLine();
            foreach (var (name, value) in logEvent.Properties)
            {
                writer.WriteLine($"  {name} = {value}");
            }

            if (logEvent.Exception is { } exception)
            {
                writer.WriteLine($"  Exception = {exception}");
            }
        }
    }

    public void Dispose() => writer.Dispose();
}
