using System.Globalization;
using System.Text.Json;

namespace EcrCi.Cache;

/// <summary>
/// The cache file's content: <c>{"format":"ecr-login-token-cache","version":1,"entries":{key:{...}}}</c>.
/// Read and written by hand with System.Text.Json's reader and writer (no reflection, AOT-safe).
/// Anything else (corrupt bytes, another program's JSON) is refused with <see cref="InvalidDataException"/>;
/// a cache of a newer version than this code writes, with <see cref="NewerCacheFormatException"/>.
/// </summary>
internal sealed class CacheDocument
{
    private const string Format = "ecr-login-token-cache";
    private const int Version = 1;

    public Dictionary<string, CacheEntry> Entries { get; } = new(StringComparer.Ordinal);

    public static CacheDocument Parse(ReadOnlySpan<byte> bytes)
    {
        var document = new CacheDocument();
        if (bytes.Trim((byte)' ').IsEmpty)
        {
            return document;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes);
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                throw new InvalidDataException("it is not an ecr-login token cache");
            }

            int? number = root.TryGetProperty("version", out var version) && version.TryGetInt32(out var parsed) ? parsed : null;
            if (number > Version)
            {
                throw new NewerCacheFormatException(number.Value);
            }

            if (number != Version)
            {
                throw new InvalidDataException($"it has a version other than {Version}");
            }

            if (root.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in entries.EnumerateObject())
                {
                    document.Entries[entry.Name] = ReadEntry(entry.Value);
                }
            }

            return document;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new InvalidDataException($"it is not valid ({e.GetType().Name})", e);
        }
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteNumber("version", Version);
            writer.WriteStartObject("entries");
            foreach (var (key, entry) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(key);
                writer.WriteString("issuedAt", Stamp(entry.IssuedAt));
                writer.WriteStartArray("tokens");
                foreach (var token in entry.Tokens.Select(CachedToken.From))
                {
                    WriteToken(writer, token);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteToken(Utf8JsonWriter writer, CachedToken token)
    {
        writer.WriteStartObject();
        writer.WriteString("host", token.Host);
        writer.WriteString("username", token.Username);
        writer.WriteString("password", token.Password);
        writer.WriteString("expiresAt", Stamp(token.ExpiresAt));
        WriteOptional(writer, "accountId", token.AccountId);
        WriteOptional(writer, "region", token.Region);
        WriteOptional(writer, "proxyEndpoint", token.ProxyEndpoint);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static CacheEntry ReadEntry(JsonElement entry)
    {
        var tokens = entry.GetProperty("tokens").EnumerateArray().Select(token => new CachedToken(
            Required(token, "host"),
            Required(token, "username"),
            Required(token, "password"),
            Time(Required(token, "expiresAt")),
            Optional(token, "accountId"),
            Optional(token, "region"),
            Optional(token, "proxyEndpoint")).ToToken()).ToList();
        if (tokens.Count == 0)
        {
            throw new FormatException("an entry has no tokens");
        }

        return new CacheEntry(Time(Required(entry, "issuedAt")), tokens);
    }

    private static string Required(JsonElement element, string name) =>
        Optional(element, name) is { Length: > 0 } value ? value : throw new FormatException($"'{name}' is missing");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Stamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
