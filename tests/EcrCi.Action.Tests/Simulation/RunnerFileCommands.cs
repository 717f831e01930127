namespace EcrCi.Action.Tests.Simulation;

/// <summary>
/// Reads a file-command file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE) the way the Linux runner
/// does: lines split on LF; <c>NAME=VALUE</c> when '=' comes before any '&lt;&lt;'; otherwise
/// <c>NAME&lt;&lt;DELIMITER</c> followed by value lines up to a line equal to the delimiter. A
/// malformed file throws, as the runner fails the step.
/// </summary>
internal static class RunnerFileCommands
{
    public static IReadOnlyList<KeyValuePair<string, string>> ReadFile(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path)) : [];

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text)
    {
        var entries = new List<KeyValuePair<string, string>>();
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        for (var index = 0; index < count; index++)
        {
            var line = lines[index];
            if (line.Length == 0)
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            if (equals >= 0 && (heredoc < 0 || equals < heredoc))
            {
                entries.Add(new(line[..equals], line[(equals + 1)..]));
                continue;
            }

            if (heredoc <= 0 || heredoc + 2 >= line.Length)
            {
                throw new FormatException($"Invalid file command line '{line}': the runner would fail the step.");
            }

            var name = line[..heredoc];
            var delimiter = line[(heredoc + 2)..];
            var value = new List<string>();
            while (true)
            {
                index++;
                if (index >= count)
                {
                    throw new FormatException($"Matching delimiter not found '{delimiter}': the runner would fail the step.");
                }

                if (string.Equals(lines[index], delimiter, StringComparison.Ordinal))
                {
                    break;
                }

                value.Add(lines[index]);
            }

            entries.Add(new(name, string.Join('\n', value)));
        }

        return entries;
    }

    /// <summary>The entries as the runner keeps them: a later value of a name wins.</summary>
    public static IReadOnlyDictionary<string, string> ToDictionary(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in entries)
        {
            result[name] = value;
        }

        return result;
    }
}
