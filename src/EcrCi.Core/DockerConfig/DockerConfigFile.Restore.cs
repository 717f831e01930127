using System.Text.Json.Nodes;
using EcrCi.Tokens;

namespace EcrCi.DockerConfig;

/// <summary>Undoing what the logins of a failed run wrote to the file.</summary>
internal sealed partial class DockerConfigFile
{
    /// <summary>
    /// Undoes what these logins wrote: each <c>auths</c> entry of <paramref name="tokens"/> that holds
    /// the token's credential (or, for a host in <paramref name="storedElsewhere"/>, the credential-less
    /// entry Docker writes beside a credential store) gets its state from before the logins back, or
    /// goes if there was none. An entry holding anything else was written by another job after the
    /// snapshot and is kept, like every other entry. When nothing else changed, the file gets its
    /// exact bytes back (or goes away if there was none); a file that is as it was is not written at
    /// all (a read-only config stays untouched). An empty file, which Docker reads as a config
    /// without entries, counts as <c>{}</c>. A file it cannot read or write is reported, not thrown:
    /// the client's own failure stays the error.
    /// </summary>
    public ConfigRollback Restore(IReadOnlyList<AuthorizationToken> tokens, IReadOnlySet<string>? storedElsewhere = null)
    {
        byte[] now;
        try
        {
            if (!File.Exists(FilePath))
            {
                return ConfigRollback.Nothing;
            }

            now = File.ReadAllBytes(FilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ConfigRollback.Nothing with { Problem = $"{FilePath} could not be read to undo the logins ({e.Message})" };
        }

        JsonObject? before = null;
        if ((original is not null && now.AsSpan().SequenceEqual(original))
            || ReadObject(now) is not { } current
            || (original is not null && (before = ReadObject(original)) is null))
        {
            // As it was, or not ours to repair: the client reports its own failure.
            return ConfigRollback.Nothing;
        }

        var auths = current["auths"] as JsonObject ?? [];
        var reverted = new List<string>();
        var kept = new List<string>();
        foreach (var token in tokens.DistinctBy(t => t.Host, StringComparer.Ordinal))
        {
            var previous = before?["auths"]?[token.Host];
            if (auths[token.Host] is not { } entry || JsonNode.DeepEquals(entry, previous))
            {
                continue;
            }

            if (!WrittenBy(entry, token, storedElsewhere?.Contains(token.Host) == true))
            {
                kept.Add(token.Host);
                continue;
            }

            auths.Remove(token.Host);
            if (previous is not null)
            {
                auths[token.Host] = previous.DeepClone();
            }

            reverted.Add(token.Host);
        }

        if (reverted.Count == 0)
        {
            return ConfigRollback.Nothing with { Kept = kept };
        }

        if (auths.Count == 0 && before?.ContainsKey("auths") != true)
        {
            current.Remove("auths");
        }
        else
        {
            current["auths"] = auths;
        }

        try
        {
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ConfigRollback([], kept, reverted, $"{FilePath} could not be put back ({e.Message})");
        }

        return new ConfigRollback(reverted, kept, [], null);
    }

    /// <summary>Whether <paramref name="entry"/> is what a login with <paramref name="token"/> writes.</summary>
    private static bool WrittenBy(JsonNode entry, AuthorizationToken token, bool storedElsewhere) =>
        entry is JsonObject fields
        && (fields["auth"] is JsonValue auth && auth.TryGetValue<string>(out var text)
            ? text == DockerAuth.Encode(token)
            : storedElsewhere && fields.All(f => f.Key == "email"));
}
