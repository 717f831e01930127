using System.Text.Json;

namespace EcrCi.DockerConfig;

/// <summary>Where things are in a Docker config's text: byte offsets found with <see cref="Utf8JsonReader"/>.</summary>
internal sealed class ConfigLayout
{
    public int RootOpen { get; private set; }

    /// <summary>The offset just after the root object's last member value, or null for <c>{}</c>.</summary>
    public int? LastRootMemberEnd { get; private set; }

    /// <summary>The <c>credHelpers</c> object, when it is one.</summary>
    public ObjectSpan? HelpersObject { get; private set; }

    /// <summary>The <c>credHelpers</c> value when it is something other than an object (such as null).</summary>
    public ValueSpan? HelpersValue { get; private set; }

    /// <summary>Each <c>credHelpers</c> entry whose value is a string.</summary>
    public Dictionary<string, ValueSpan> Helpers { get; } = new(StringComparer.Ordinal);

    public static ConfigLayout Read(ReadOnlySpan<byte> text)
    {
        var layout = new ConfigLayout();
        var reader = new Utf8JsonReader(text);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidDataException("its root is not a JSON object");
        }

        layout.RootOpen = (int)reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var valueStart = (int)reader.TokenStartIndex;
            if (name == "credHelpers" && layout.HelpersObject is null && layout.HelpersValue is null)
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    layout.HelpersObject = ReadHelpers(ref reader, layout.Helpers);
                }
                else
                {
                    reader.Skip();
                    layout.HelpersValue = new ValueSpan(valueStart, (int)reader.BytesConsumed, null);
                }
            }
            else
            {
                reader.Skip();
            }

            layout.LastRootMemberEnd = (int)reader.BytesConsumed;
        }

        // Reading on to the end proves the whole text is valid JSON.
        while (reader.Read())
        {
        }

        return layout;
    }

    private static ObjectSpan ReadHelpers(ref Utf8JsonReader reader, Dictionary<string, ValueSpan> helpers)
    {
        var open = (int)reader.TokenStartIndex;
        int? lastEnd = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var host = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
            lastEnd = (int)reader.BytesConsumed;
            helpers.TryAdd(host, new ValueSpan(start, lastEnd.Value, value));
        }

        return new ObjectSpan(open, lastEnd);
    }
}

/// <summary>An object's opening brace offset and the end of its last member value (null when empty).</summary>
internal sealed record ObjectSpan(int Open, int? LastMemberEnd);

/// <summary>A value's byte range and, for strings, its text.</summary>
internal sealed record ValueSpan(int Start, int End, string? Text);
