using System.Text.Json.Serialization;
using EcrCi.Cache;
using EcrCi.DockerConfig;
using EcrCi.Hosts;
using EcrCi.Tokens;

namespace EcrCi.Json;

/// <summary>
/// The core's JSON, generated at compile time (no reflection, safe for Native AOT and trimming):
/// ECR's answers, GitHub's OIDC answer, the token cache file and what the probe reads of a
/// Docker config. Member names are camelCase unless a record says otherwise; nullable
/// annotations and required constructor parameters are enforced, so a record's shape is the
/// contract. The Docker config is edited elsewhere as a tree, since its unknown bytes must stay.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true)]
[JsonSerializable(typeof(TokenResponseJson))]
[JsonSerializable(typeof(TokenDataJson))]
[JsonSerializable(typeof(AwsErrorJson))]
[JsonSerializable(typeof(OidcTokenJson))]
[JsonSerializable(typeof(Aws.Credentials.TemporaryKeysJson))]
[JsonSerializable(typeof(CacheFileHeaderJson))]
[JsonSerializable(typeof(CacheFileJson))]
[JsonSerializable(typeof(DockerConfigJson))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
