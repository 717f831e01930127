using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcrCi.Json;

namespace EcrCi.Tokens;

/// <summary>
/// A <c>GetAuthorizationToken</c> answer: <c>authorizationData</c> is a list for private ECR and
/// one object for ECR Public, so it is kept as it came and read by <see cref="TokenResponseReader"/>.
/// </summary>
/// <param name="AuthorizationData">The list or object, or null when the answer has none.</param>
internal sealed record TokenResponseJson(JsonElement? AuthorizationData = null);

/// <summary>One <c>authorizationData</c> entry; a member of the wrong kind reads as missing.</summary>
/// <param name="AuthorizationToken">Base64 of <c>user:password</c>.</param>
/// <param name="ExpiresAt">The expiry: epoch seconds as a number with fraction (or, leniently, a date string).</param>
/// <param name="ProxyEndpoint">The registry URL (private ECR only).</param>
internal sealed record TokenDataJson(
    [property: JsonConverter(typeof(LenientStringConverter))] string? AuthorizationToken = null,
    [property: JsonConverter(typeof(EpochSecondsConverter))] DateTimeOffset? ExpiresAt = null,
    [property: JsonConverter(typeof(LenientStringConverter))] string? ProxyEndpoint = null);

/// <summary>An AWS JSON error body: the code in <c>__type</c> or <c>code</c>, the message in <c>message</c> or <c>Message</c>.</summary>
/// <param name="Type">The <c>__type</c> member.</param>
/// <param name="Code">The <c>code</c> member.</param>
/// <param name="LowerMessage">The <c>message</c> member.</param>
/// <param name="UpperMessage">The <c>Message</c> member.</param>
internal sealed record AwsErrorJson(
    [property: JsonPropertyName("__type"), JsonConverter(typeof(LenientStringConverter))] string? Type = null,
    [property: JsonPropertyName("code"), JsonConverter(typeof(LenientStringConverter))] string? Code = null,
    [property: JsonPropertyName("message"), JsonConverter(typeof(LenientStringConverter))] string? LowerMessage = null,
    [property: JsonPropertyName("Message"), JsonConverter(typeof(LenientStringConverter))] string? UpperMessage = null);

/// <summary>Reads ECR's <c>expiresAt</c>: a positive number of epoch seconds (to the millisecond) or a date string; anything else is null.</summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var seconds) && seconds > 0)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
        }

        if (reader.TokenType == JsonTokenType.String
            && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        reader.Skip();
        return null;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeMilliseconds() / 1000.0);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
