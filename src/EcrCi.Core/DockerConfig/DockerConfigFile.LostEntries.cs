using System.Text.Json.Nodes;
using EcrCi.Tokens;

namespace EcrCi.DockerConfig;

/// <summary>Putting back what concurrent logins lost to each other.</summary>
internal sealed partial class DockerConfigFile
{
    /// <summary>
    /// Adds the <c>auths</c> entry of each token the file lacks, where the client keeps
    /// credentials in the file itself (no <c>credsStore</c>, no <c>credHelpers</c> entry).
    /// Returns the hosts that were restored.
    /// </summary>
    public IReadOnlyList<string> RestoreLostEntries(IReadOnlyList<AuthorizationToken> tokens)
    {
        if (!File.Exists(FilePath) || ReadObject(File.ReadAllBytes(FilePath)) is not { } root)
        {
            return [];
        }

        if (root["credsStore"] is JsonValue store && !string.IsNullOrEmpty(store.GetValue<string>()))
        {
            return [];
        }

        var helpers = root["credHelpers"] as JsonObject;
        var auths = root["auths"] as JsonObject ?? [];
        var restored = new List<string>();
        foreach (var token in tokens)
        {
            if (helpers?.ContainsKey(token.Host) == true || auths[token.Host] is JsonObject { Count: > 0 })
            {
                continue;
            }

            auths[token.Host] = new JsonObject { ["auth"] = DockerAuth.Encode(token) };
            restored.Add(token.Host);
        }

        if (restored.Count > 0)
        {
            root["auths"] = auths;
            Write(root);
        }

        return restored;
    }
}
