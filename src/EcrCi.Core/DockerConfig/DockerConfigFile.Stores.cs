using System.Text.Json.Nodes;

namespace EcrCi.DockerConfig;

/// <summary>Where Docker keeps a registry's credentials when not in the file itself.</summary>
internal sealed partial class DockerConfigFile
{
    /// <summary>
    /// The credential store of each of <paramref name="hosts"/> that Docker does not keep in the
    /// file: its <c>credHelpers</c> entry when it has one (an empty one means the file), else the
    /// <c>credsStore</c>. Read from the file as the logins left it (Docker may add a
    /// <c>credsStore</c> it detected), else from the snapshot.
    /// </summary>
    public IReadOnlyDictionary<string, string> StoresOf(IEnumerable<string> hosts)
    {
        JsonObject? root = null;
        try
        {
            root = File.Exists(FilePath) ? ReadObject(File.ReadAllBytes(FilePath)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        root ??= original is null ? null : ReadObject(original);
        var stores = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is null)
        {
            return stores;
        }

        var helpers = root["credHelpers"] as JsonObject;
        foreach (var host in hosts)
        {
            var store = helpers?.ContainsKey(host) == true ? Text(helpers[host]) : Text(root["credsStore"]);
            if (!string.IsNullOrEmpty(store))
            {
                stores[host] = store;
            }
        }

        return stores;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
