using System.Text;
using EcrCi.Errors;

namespace EcrCi.Action.Runner;

/// <summary>
/// Writes file commands (<c>GITHUB_OUTPUT</c>, <c>GITHUB_ENV</c>, <c>GITHUB_STATE</c>) in the
/// runner's multi-line form: <c>name&lt;&lt;DELIMITER</c>, the value, <c>DELIMITER</c>, with a
/// fresh random delimiter for every value. A name or value that contains its delimiter is
/// refused, as is a name the runner would read differently.
/// </summary>
internal static class FileCommand
{
    /// <summary>Formats entries; nothing is written, so a refused entry leaves every file as it was.</summary>
    /// <exception cref="EcrLoginException">A name or value cannot be written safely.</exception>
    public static string Format(IEnumerable<KeyValuePair<string, string>> entries) =>
        Format(entries, () => "ghadelimiter_" + Guid.NewGuid().ToString("N"));

    /// <summary>Formats entries with delimiters from <paramref name="newDelimiter"/> (one call per value).</summary>
    /// <exception cref="EcrLoginException">A name or value cannot be written safely.</exception>
    public static string Format(IEnumerable<KeyValuePair<string, string>> entries, Func<string> newDelimiter)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(newDelimiter);
        var text = new StringBuilder();
        foreach (var (name, value) in entries)
        {
            var delimiter = newDelimiter();
            if (name.Length == 0 || name.Contains('=', StringComparison.Ordinal) || name.Contains("<<", StringComparison.Ordinal)
                || name.Contains('\n', StringComparison.Ordinal) || name.Contains('\r', StringComparison.Ordinal)
                || name.Contains(delimiter, StringComparison.Ordinal))
            {
                throw new EcrLoginException(EcrErrorKind.InvalidInput, $"The name '{name}' cannot be written as a file command: names must be non-empty and hold no '=', '<<' or line break.");
            }

            if (value.Contains(delimiter, StringComparison.Ordinal))
            {
                throw new EcrLoginException(EcrErrorKind.InvalidInput, $"The value of '{name}' contains its file-command delimiter and was refused.");
            }

            text.Append(name).Append("<<").Append(delimiter).Append('\n')
                .Append(value).Append('\n')
                .Append(delimiter).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Appends formatted commands to a file the runner created (UTF-8, no byte order mark).</summary>
    public static void Append(string path, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
