using System.Text;
using System.Text.Json;

namespace EcrCi.DockerConfig;

/// <summary>
/// Adds <c>"credHelpers": {"host": "ecr-login-ci"}</c> entries to a Docker config by editing
/// its text, not by re-serialising it: every byte outside the inserted or replaced values
/// stays as it was (order, spacing, unknown fields, other helpers, <c>auths</c>). The file's
/// own indentation is reused for the inserted lines.
/// </summary>
internal static class CredHelpersEditor
{

    /// <summary>The edited text, or <paramref name="original"/> itself when every entry is already there.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON object.</exception>
    public static byte[] Apply(byte[] original, IReadOnlyList<string> hosts, string helper)
    {
        var text = DockerConfigFolder.Body(original, out var blank);
        var start = original.Length - text.Length;
        if (blank)
        {
            var fresh = new StringBuilder("{\n\t\"credHelpers\": {");
            fresh.AppendJoin(',', hosts.Select(h => $"\n\t\t{Member(h, helper)}"));
            return Encoding.UTF8.GetBytes(fresh.Append("\n\t}\n}\n").ToString());
        }

        ConfigLayout layout;
        try
        {
            layout = ConfigLayout.Read(text);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"it is not valid JSON ({e.Message})", e);
        }

        var indent = Indentation(text);
        var edits = new List<(int Position, int Remove, string Insert)>();
        var missing = new List<string>();
        foreach (var host in hosts.Distinct(StringComparer.Ordinal))
        {
            if (layout.Helpers.TryGetValue(host, out var value))
            {
                if (value.Text != helper)
                {
                    edits.Add((value.Start, value.End - value.Start, Quote(helper)));
                }
            }
            else
            {
                missing.Add(host);
            }
        }

        if (missing.Count > 0)
        {
            edits.Add(Insertion(layout, missing, helper, indent));
        }

        if (edits.Count == 0)
        {
            return original;
        }

        var result = new List<byte>(original.Length + 256);
        result.AddRange(original.AsSpan(0, start));
        var position = 0;
        foreach (var edit in edits.OrderBy(e => e.Position))
        {
            result.AddRange(text[position..edit.Position]);
            result.AddRange(Encoding.UTF8.GetBytes(edit.Insert));
            position = edit.Position + edit.Remove;
        }

        result.AddRange(text[position..]);
        return [.. result];
    }

    private static (int Position, int Remove, string Insert) Insertion(ConfigLayout layout, List<string> hosts, string helper, string indent)
    {
        var inner = indent + indent;
        var members = string.Join(',', hosts.Select(h => $"\n{inner}{Member(h, helper)}"));
        if (layout.HelpersObject is { } helpers)
        {
            return helpers.LastMemberEnd is { } last
                ? (last, 0, "," + members)
                : (helpers.Open + 1, 0, $"{members}\n{indent}");
        }

        var value = $"{{{members}\n{indent}}}";
        if (layout.HelpersValue is { } other)
        {
            return (other.Start, other.End - other.Start, value);
        }

        var block = $"{Quote("credHelpers")}: {value}";

        return layout.LastRootMemberEnd is { } end
            ? (end, 0, $",\n{indent}{block}")
            : (layout.RootOpen + 1, 0, $"\n{indent}{block}\n");
    }

    private static string Member(string host, string helper) => $"{Quote(host)}: {Quote(helper)}";

    private static string Quote(string value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The file's indentation unit: the whitespace that starts its first indented line (a tab, as Docker writes, when none).</summary>
    private static string Indentation(ReadOnlySpan<byte> text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] != (byte)'\n')
            {
                continue;
            }

            var length = 0;
            while (i + 1 + length < text.Length && text[i + 1 + length] is (byte)' ' or (byte)'\t')
            {
                length++;
            }

            if (length > 0)
            {
                return Encoding.ASCII.GetString(text.Slice(i + 1, length));
            }
        }

        return "\t";
    }
}
