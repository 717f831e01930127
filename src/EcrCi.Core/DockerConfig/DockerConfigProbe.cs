using System.Text.Json;
using EcrCi.Tokens;

namespace EcrCi.DockerConfig;

/// <summary>
/// Tells whether a Docker config file already holds exactly these credentials (its
/// <c>auths</c> entries, with no credential store or helper in the way), so a login with
/// cached tokens can skip the container client: it would write the same bytes again.
/// </summary>
internal static class DockerConfigProbe
{
    public static bool HoldsAll(string configDirectory, IReadOnlyList<AuthorizationToken> tokens)
    {
        if (tokens.Count == 0)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(configDirectory, "config.json"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || HasText(root, "credsStore")
                || !root.TryGetProperty("auths", out var auths) || auths.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            var helpers = root.TryGetProperty("credHelpers", out var h) && h.ValueKind == JsonValueKind.Object ? h : default;
            return tokens.All(token =>
                (helpers.ValueKind != JsonValueKind.Object || !helpers.TryGetProperty(token.Host, out _))
                && auths.TryGetProperty(token.Host, out var entry)
                && entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty("auth", out var auth)
                && auth.ValueKind == JsonValueKind.String
                && auth.ValueEquals(DockerAuth.Encode(token)));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool HasText(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;
}
