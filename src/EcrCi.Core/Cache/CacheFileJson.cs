using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcrCi.Cache;

/// <summary>
/// What is read of a cache file before anything else: whose format it is and which version, so a
/// newer ecr-login's file is recognised whatever shape its entries have.
/// </summary>
/// <param name="Format">The format name; <c>ecr-login-token-cache</c> for ours.</param>
/// <param name="Version">The format version.</param>
internal sealed record CacheFileHeaderJson(string? Format = null, int? Version = null);

/// <summary>The cache file: <c>{"format":"ecr-login-token-cache","version":1,"entries":{key:{...}}}</c>.</summary>
/// <param name="Format">The format name.</param>
/// <param name="Version">The format version.</param>
/// <param name="Entries">The entries by cache key, written in ordinal key order.</param>
internal sealed record CacheFileJson(string Format, int Version, Dictionary<string, CacheEntryJson>? Entries = null);

/// <summary>One cache key's tokens as the file stores them.</summary>
/// <param name="IssuedAt">When the tokens were fetched.</param>
/// <param name="Tokens">The tokens.</param>
internal sealed record CacheEntryJson(
    [property: JsonConverter(typeof(UtcStampConverter))] DateTimeOffset IssuedAt,
    IReadOnlyList<CachedToken> Tokens);

/// <summary>
/// A time as the cache file writes it: UTC, ISO 8601 with seven fraction digits
/// (<c>2025-01-31T23:59:59.0000000Z</c>); read back in any round-trip form.
/// </summary>
internal sealed class UtcStampConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : throw new JsonException("a time is not a string");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
    }
}
