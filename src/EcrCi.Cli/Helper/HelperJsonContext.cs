using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcrCi.Cli.Helper;

/// <summary>
/// The CLI's JSON, generated at compile time (AOT-safe): the credential-helper protocol's
/// messages and the aliases file. Member names are spelled out on each record, since the
/// protocol's are Pascal case and the file's are not.
/// </summary>
[JsonSerializable(typeof(HelperCredentials))]
[JsonSerializable(typeof(StoreRequestJson))]
[JsonSerializable(typeof(AliasesFileJson))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class HelperJsonContext : JsonSerializerContext
{
    /// <summary>The same types, written indented (for files people read).</summary>
    public static HelperJsonContext Indented { get; } = new(new JsonSerializerOptions { WriteIndented = true });
}

/// <summary>A <c>get</c> answer: <c>{"ServerURL":"...","Username":"...","Secret":"..."}</c>.</summary>
/// <param name="ServerUrl">The server URL as Docker sent it.</param>
/// <param name="Username">The registry user name.</param>
/// <param name="Secret">The registry password.</param>
internal sealed record HelperCredentials(
    [property: JsonPropertyName("ServerURL")] string ServerUrl,
    [property: JsonPropertyName("Username")] string Username,
    [property: JsonPropertyName("Secret")] string Secret);

/// <summary>What a <c>store</c> request must have: <c>{"ServerURL":"...",...}</c> (the rest is ignored).</summary>
/// <param name="ServerUrl">The server URL, or null when missing.</param>
internal sealed record StoreRequestJson([property: JsonPropertyName("ServerURL")] string? ServerUrl = null);

/// <summary><c>aliases.json</c>: <c>{"aliases":{"host":"ACCOUNT[@REGION]"}}</c>.</summary>
/// <param name="Aliases">Per alias host, its target; entries without a text value are ignored.</param>
internal sealed record AliasesFileJson([property: JsonPropertyName("aliases")] Dictionary<string, string?>? Aliases = null);
