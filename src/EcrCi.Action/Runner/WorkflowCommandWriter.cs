using System.Text;

namespace EcrCi.Action.Runner;

/// <summary>
/// Writes workflow commands (<c>::name key=value::data</c>) and plain log lines to the step's
/// standard output, escaped as the runner unescapes them. One writer serialises every line,
/// so commands never interleave.
/// </summary>
/// <param name="output">The step's standard output.</param>
internal sealed class WorkflowCommandWriter(TextWriter output)
{
    private readonly Lock gate = new();
    private readonly HashSet<string> masked = new(StringComparer.Ordinal);

    /// <summary>
    /// Masks a secret in the log: the whole value, then each of its lines, so that a value
    /// echoed line by line is masked too. Blank values are skipped (the runner refuses them), and
    /// so is a value this writer has masked already: the core may report one secret more than once.
    /// </summary>
    public void AddMask(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var parts = secret.Split('\n').Select(line => line.TrimEnd('\r')).Prepend(secret)
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .Distinct(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            bool fresh;
            lock (gate)
            {
                fresh = masked.Add(part);
            }

            if (fresh)
            {
                Command("add-mask", part);
            }
        }
    }

    /// <summary>A debug line, shown when step debug logging is on.</summary>
    public void Debug(string message) => Command("debug", message);

    /// <summary>A warning annotation.</summary>
    public void Warning(string message) => Command("warning", message);

    /// <summary>An error annotation.</summary>
    public void Error(string message) => Command("error", message);

    /// <summary>
    /// A plain log line. Each line of a multi-line message is written on its own; a line that
    /// the runner would read as a command is shifted so that it stays text.
    /// </summary>
    public void Info(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = new StringBuilder();
        foreach (var line in message.Split('\n').Select(line => line.TrimEnd('\r')))
        {
            var inert = line.TrimStart().StartsWith("::", StringComparison.Ordinal) ? "> " + line.TrimStart() : line;
            text.Append(inert).Append('\n');
        }

        Write(text.ToString());
    }

    /// <summary>Writes <c>::name key=value,...::data</c> with data and properties escaped.</summary>
    public void Command(string name, string data, IReadOnlyList<KeyValuePair<string, string>>? properties = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder("::").Append(name);
        if (properties is { Count: > 0 })
        {
            text.Append(' ').AppendJoin(',', properties.Select(p => $"{p.Key}={EscapeProperty(p.Value)}"));
        }

        Write(text.Append("::").Append(EscapeData(data)).Append('\n').ToString());
    }

    /// <summary>Escapes command data: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a command property: as data, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);

    private void Write(string text)
    {
        lock (gate)
        {
            output.Write(text);
            output.Flush();
        }
    }
}
