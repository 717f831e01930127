using System.Globalization;
using Cake.Core.Diagnostics;

namespace EcrCi.Cake.Tests.Fakes;

/// <summary>One call to <see cref="ICakeLog.Write"/>, kept as Cake received it.</summary>
public sealed record CakeLogLine(Verbosity Verbosity, LogLevel Level, string Format, IReadOnlyList<object> Values)
{
    /// <summary>The line as Cake's console log would render it.</summary>
    public string Text => Values.Count == 0 ? Format : string.Format(CultureInfo.InvariantCulture, Format, [.. Values]);
}

/// <summary>A Cake log that keeps every line written at or below its verbosity.</summary>
public sealed class FakeCakeLog(Verbosity verbosity = Verbosity.Diagnostic) : ICakeLog
{
    private readonly List<CakeLogLine> lines = [];

    public Verbosity Verbosity { get; set; } = verbosity;

    public IReadOnlyList<CakeLogLine> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public string AllText => string.Join('\n', Lines.Select(l => $"{l.Level}: {l.Text}"));

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (verbosity > Verbosity)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(new CakeLogLine(verbosity, level, format, args));
        }
    }
}
