using System.Text.Json.Serialization;
using EcrCi.Json;

namespace EcrCi.Aws.Credentials;

/// <summary>The answer of a container credentials endpoint and of instance metadata: <c>{"AccessKeyId","SecretAccessKey","Token","Expiration"}</c>.</summary>
/// <param name="AccessKeyId">The access key id.</param>
/// <param name="SecretAccessKey">The secret key.</param>
/// <param name="Token">The session token.</param>
/// <param name="Expiration">When they expire (ISO 8601), if said.</param>
/// <param name="Code">Instance metadata's status (<c>Success</c>), if said.</param>
/// <param name="Message">An error's message, if any.</param>
internal sealed record TemporaryKeysJson(
    [property: JsonPropertyName("AccessKeyId"), JsonConverter(typeof(LenientStringConverter))] string? AccessKeyId = null,
    [property: JsonPropertyName("SecretAccessKey"), JsonConverter(typeof(LenientStringConverter))] string? SecretAccessKey = null,
    [property: JsonPropertyName("Token"), JsonConverter(typeof(LenientStringConverter))] string? Token = null,
    [property: JsonPropertyName("Expiration"), JsonConverter(typeof(LenientStringConverter))] string? Expiration = null,
    [property: JsonPropertyName("Code"), JsonConverter(typeof(LenientStringConverter))] string? Code = null,
    [property: JsonPropertyName("message"), JsonConverter(typeof(LenientStringConverter))] string? Message = null);
