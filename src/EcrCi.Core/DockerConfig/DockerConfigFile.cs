using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcrCi.Files;

namespace EcrCi.DockerConfig;

/// <summary>
/// The Docker config file that logins write to. The core snapshots it before logging in and
/// puts it back on failure, so a failed run leaves no half-written config; after concurrent
/// logins it restores entries that the clients' own read-modify-write lost to each other.
/// Edited as a JSON tree, not through typed records: every member this code does not know
/// must survive, and the exact bytes come back when nothing else changed.
/// </summary>
internal sealed partial class DockerConfigFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly byte[]? original;

    private DockerConfigFile(string directory)
    {
        Directory = directory;
        original = File.Exists(FilePath) ? File.ReadAllBytes(FilePath) : null;
    }

    public string Directory { get; }

    public string FilePath => DockerConfigFolder.ConfigFile(Directory);

    public static DockerConfigFile Snapshot(string directory) => new(directory);

    /// <summary>The file's root object: empty for a blank file, null when it is not a JSON object.</summary>
    private static JsonObject? ReadObject(byte[] bytes)
    {
        var body = DockerConfigFolder.Body(bytes, out var blank);
        if (blank)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Write(JsonObject root) => Write(Encoding.UTF8.GetBytes(root.ToJsonString(Indented)));

    private void Write(byte[] content) => OwnerOnlyFiles.Replace(FilePath, content, flushToDisk: true);
}
