namespace EcrCi.Action.Tests.Simulation;

/// <summary>One line of a step's standard output, with the workflow command the runner reads in it, if any.</summary>
internal sealed record LogLine(string Text, string? Command, IReadOnlyDictionary<string, string> Properties, string Data)
{
    public bool IsCommand => Command is not null;
}

/// <summary>
/// Reads a step's standard output the way the runner does (<c>ActionCommand.TryParseV2</c>):
/// a line that starts with <c>::</c> after leading white space and has a second <c>::</c> is a
/// command; its data and properties are unescaped.
/// </summary>
internal static class RunnerLog
{
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal)
    {
        "add-mask", "debug", "warning", "error", "notice", "group", "endgroup", "echo", "add-matcher", "remove-matcher", "stop-commands",
    };

    public static IReadOnlyList<LogLine> Parse(string output)
    {
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return [.. lines.Take(output.EndsWith('\n') ? lines.Length - 1 : lines.Length).Select(ParseLine)];
    }

    public static LogLine ParseLine(string text)
    {
        var none = new LogLine(text, null, new Dictionary<string, string>(), text);
        var message = text.TrimStart();
        if (!message.StartsWith("::", StringComparison.Ordinal))
        {
            return none;
        }

        var end = message.IndexOf("::", 2, StringComparison.Ordinal);
        if (end < 0)
        {
            return none;
        }

        var info = message[2..end];
        var space = info.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? info : info[..space];
        if (!Commands.Contains(name))
        {
            return none;
        }

        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (space > 0)
        {
            foreach (var pair in info[(space + 1)..].Trim().Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = pair.Split('=', 2, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2)
                {
                    properties[parts[0]] = UnescapeProperty(parts[1]);
                }
            }
        }

        return new LogLine(text, name, properties, UnescapeData(message[(end + 2)..]));
    }

    public static string UnescapeData(string value) =>
        value.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);

    public static string UnescapeProperty(string value) =>
        value.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal)
            .Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal)
            .Replace("%25", "%", StringComparison.Ordinal);
}
