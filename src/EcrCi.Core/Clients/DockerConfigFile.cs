using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcrCi.Aws;
using EcrCi.Files;
using EcrCi.Tokens;

namespace EcrCi.Clients;

/// <summary>
/// The Docker config file that logins write to. The core snapshots it before logging in and
/// puts it back on failure, so a failed run leaves no half-written config; after concurrent
/// logins it restores entries that the clients' own read-modify-write lost to each other.
/// </summary>
internal sealed class DockerConfigFile
{
    private readonly byte[]? original;

    private DockerConfigFile(string directory)
    {
        Directory = directory;
        original = File.Exists(FilePath) ? File.ReadAllBytes(FilePath) : null;
    }

    public string Directory { get; }

    public string FilePath => Path.Combine(Directory, "config.json");

    /// <summary>The folder: the explicit one, else <c>DOCKER_CONFIG</c>, else <c>~/.docker</c>.</summary>
    public static string Locate(string? explicitDirectory, AwsEnvironment environment)
    {
        if ((explicitDirectory ?? environment.Get("DOCKER_CONFIG")) is { } configured)
        {
            return Path.GetFullPath(configured);
        }

        // Docker itself uses USERPROFILE on Windows (a HOME set by Git Bash or Cygwin is not its home).
        var home = (OperatingSystem.IsWindows() ? environment.Get("USERPROFILE") ?? environment.Get("HOME") : environment.Get("HOME") ?? environment.Get("USERPROFILE"))
            ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".docker");
    }

    public static DockerConfigFile Snapshot(string directory) => new(directory);

    /// <summary>
    /// Puts back the <c>auths</c> entries of <paramref name="hosts"/> as they were before the logins
    /// (removing those that did not exist), leaving every other entry as it is now: another job
    /// sharing the file keeps what it wrote meanwhile. When nothing else changed, the file gets
    /// its exact bytes back (or goes away if there was none).
    /// </summary>
    public void Restore(IEnumerable<string> hosts)
    {
        if (!File.Exists(FilePath))
        {
            return;
        }

        JsonObject current;
        try
        {
            current = JsonNode.Parse(File.ReadAllBytes(FilePath)) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            // Not ours to repair: the client reports its own failure.
            return;
        }

        var before = original is null ? null : JsonNode.Parse(original) as JsonObject;
        var auths = current["auths"] as JsonObject ?? [];
        foreach (var host in hosts)
        {
            auths.Remove(host);
            if (before?["auths"]?[host] is { } previous)
            {
                auths[host] = previous.DeepClone();
            }
        }

        current["auths"] = auths;
        if (before is not null && JsonNode.DeepEquals(current, before))
        {
            WriteAtomically(original!);
        }
        else if (before is null && current.Count == 1 && auths.Count == 0)
        {
            File.Delete(FilePath);
        }
        else
        {
            WriteAtomically(Encoding.UTF8.GetBytes(current.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
        }
    }

    /// <summary>
    /// Adds the <c>auths</c> entry of each token the file lacks, where the client keeps
    /// credentials in the file itself (no <c>credsStore</c>, no <c>credHelpers</c> entry).
    /// Returns the hosts that were restored.
    /// </summary>
    public IReadOnlyList<string> RestoreLostEntries(IReadOnlyList<AuthorizationToken> tokens)
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllBytes(FilePath)) as JsonObject ?? [];
        }
        catch (JsonException)
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

            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{token.Username}:{token.Password.Reveal()}"));
            auths[token.Host] = new JsonObject { ["auth"] = basic };
            restored.Add(token.Host);
        }

        if (restored.Count > 0)
        {
            root["auths"] = auths;
            WriteAtomically(Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true })));
        }

        return restored;
    }

    private void WriteAtomically(byte[] content) => OwnerOnlyFiles.Replace(FilePath, content, flushToDisk: true);
}
