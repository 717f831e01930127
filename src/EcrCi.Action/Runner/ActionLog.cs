using EcrCi.Logging;

namespace EcrCi.Action.Runner;

/// <summary>
/// Maps the core's log events onto workflow commands: debug to <c>::debug::</c>, information
/// to plain lines, warnings and errors to annotations. It holds every event back until
/// <see cref="Release"/>, so the masks of the credentials reach the log before anything else.
/// </summary>
/// <param name="writer">The step's command writer.</param>
internal sealed class ActionLog(WorkflowCommandWriter writer) : IEcrLogger
{
    private readonly Lock gate = new();
    private List<EcrLogEvent>? held = [];

    /// <inheritdoc />
    public void Log(EcrLogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        lock (gate)
        {
            if (held is not null)
            {
                held.Add(logEvent);
                return;
            }

            Write(logEvent);
        }
    }

    /// <summary>Writes the events held so far, in order, and every later event at once.</summary>
    public void Release()
    {
        lock (gate)
        {
            foreach (var logEvent in held ?? [])
            {
                Write(logEvent);
            }

            held = null;
        }
    }

    private void Write(EcrLogEvent logEvent)
    {
        var message = logEvent.Render();
        switch (logEvent.Level)
        {
            case EcrLogLevel.Debug:
                writer.Debug(message);
                break;
            case EcrLogLevel.Warning:
                writer.Warning(message);
                break;
            case EcrLogLevel.Error:
                writer.Error(message);
                break;
            default:
                writer.Info(message);
                break;
        }
    }
}
