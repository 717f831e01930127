using System.Text.Json.Serialization;

namespace EcrCi.Action.Steps;

/// <summary>The Action's JSON output, generated at compile time (AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<RegistryJson>))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

/// <summary>
/// One entry of the <c>registries-json</c> output:
/// <c>{"registry":"...","account-id":"...","region":"...","expires-at":"..."}</c> (never a credential).
/// </summary>
/// <param name="Registry">The registry host.</param>
/// <param name="AccountId">The account id, or null for ECR Public.</param>
/// <param name="Region">The region whose API issued the token.</param>
/// <param name="ExpiresAt">The token's expiry, as <see cref="LoginReport.Timestamp"/> writes it.</param>
internal sealed record RegistryJson(string Registry, string? AccountId, string? Region, string ExpiresAt);
