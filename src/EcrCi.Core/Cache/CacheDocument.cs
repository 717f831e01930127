using System.Text.Json;
using EcrCi.Json;

namespace EcrCi.Cache;

/// <summary>
/// The cache file's content: <c>{"format":"ecr-login-token-cache","version":1,"entries":{key:{...}}}</c>,
/// read and written through <see cref="CoreJsonContext"/> (no reflection, AOT-safe).
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
            // The header first: a newer version's entries may have a shape this code cannot read.
            var header = JsonSerializer.Deserialize(bytes, CoreJsonContext.Default.CacheFileHeaderJson);
            if (header?.Format != Format)
            {
                throw new InvalidDataException("it is not an ecr-login token cache");
            }

            if (header.Version > Version)
            {
                throw new NewerCacheFormatException(header.Version.Value);
            }

            if (header.Version != Version)
            {
                throw new InvalidDataException($"it has a version other than {Version}");
            }

            var file = JsonSerializer.Deserialize(bytes, CoreJsonContext.Default.CacheFileJson)!;
            foreach (var (key, entry) in file.Entries ?? [])
            {
                document.Entries[key] = ReadEntry(entry);
            }

            return document;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"it is not valid ({e.GetType().Name})", e);
        }
    }

    public byte[] ToBytes()
    {
        var entries = new Dictionary<string, CacheEntryJson>(StringComparer.Ordinal);
        foreach (var (key, entry) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            entries[key] = new CacheEntryJson(entry.IssuedAt, [.. entry.Tokens.Select(CachedToken.From)]);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new CacheFileJson(Format, Version, entries), CoreJsonContext.Default.CacheFileJson);
        return [.. json, (byte)'\n'];
    }

    private static CacheEntry ReadEntry(CacheEntryJson entry)
    {
        if (entry.Tokens.Count == 0)
        {
            throw new FormatException("an entry has no tokens");
        }

        if (entry.Tokens.Any(t => t is null || t.Host.Length == 0 || t.Username.Length == 0 || t.Password.Length == 0))
        {
            throw new FormatException("a token lacks its host, username or password");
        }

        return new CacheEntry(entry.IssuedAt, [.. entry.Tokens.Select(t => t.ToToken())]);
    }
}
