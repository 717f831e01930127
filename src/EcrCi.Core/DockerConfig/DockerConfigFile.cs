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

    /// <summary>
    /// Puts back the <c>auths</c> entries of <paramref name="hosts"/> as they were before the logins
    /// (removing those that did not exist), leaving every other entry as it is now: another job
    /// sharing the file keeps what it wrote meanwhile. When nothing else changed, the file gets
    /// its exact bytes back (or goes away if there was none). An empty file, which Docker reads
    /// as a config without entries, counts as <c>{}</c>.
    /// </summary>
    public void Restore(IEnumerable<string> hosts)
    {
        if (!File.Exists(FilePath) || ReadObject(File.ReadAllBytes(FilePath)) is not { } current)
        {
            // Not ours to repair: the client reports its own failure.
            return;
        }

        JsonObject? before = null;
        if (original is not null && (before = ReadObject(original)) is null)
        {
            return;
        }

        var auths = current["auths"] as JsonObject ?? [];
        foreach (var host in hosts)
        {
            auths.Remove(host);
            if (before?["auths"]?[host] is { } previous)
            {
                auths[host] = previous.DeepClone();
            }
        }

        if (auths.Count == 0 && before?.ContainsKey("auths") != true)
        {
            current.Remove("auths");
        }
        else
        {
            current["auths"] = auths;
        }

        if (before is not null && JsonNode.DeepEquals(current, before))
        {
            Write(original!);
        }
        else if (before is null && current.Count == 0)
        {
            File.Delete(FilePath);
        }
        else
        {
            Write(current);
        }
    }

    /// <summary>The file's root object: empty for a blank file, null when it is not a JSON object.</summary>
    private static JsonObject? ReadObject(byte[] bytes)
    {
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Write(JsonObject root) => Write(Encoding.UTF8.GetBytes(root.ToJsonString(Indented)));

    private void Write(byte[] content) => OwnerOnlyFiles.Replace(FilePath, content, flushToDisk: true);
}
