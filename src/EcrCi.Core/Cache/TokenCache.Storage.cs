using EcrCi.Files;
using EcrCi.Tokens;

namespace EcrCi.Cache;

/// <summary>Reading and writing the cache file for <see cref="TokenCache"/>.</summary>
internal sealed partial class TokenCache
{
    /// <summary>The most entries a cache file keeps (one per identity, region, endpoint and registry).</summary>
    internal const int MaxEntries = 256;

    /// <summary>The registry hosts that have a token in the cache file of <paramref name="directory"/> (none when it cannot be read); no secret is returned.</summary>
    public static IReadOnlyList<string> CachedHosts(string directory)
    {
        try
        {
            return [.. CacheDocument.Parse(new CacheFile(directory).ReadBytes()).Entries.Values.SelectMany(entry => entry.Tokens).Select(token => token.Host).Distinct(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is InvalidDataException or NewerCacheFormatException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private CacheDocument? ReadWithoutLock()
    {
        try
        {
            return CacheDocument.Parse(file.ReadBytes());
        }
        catch (Exception e) when (e is InvalidDataException or NewerCacheFormatException or IOException or UnauthorizedAccessException)
        {
            // Dealt with under the lock.
            return null;
        }
    }

    /// <summary>
    /// The file's document, a new one in place of a corrupt or foreign file (set aside), or null
    /// when the cache cannot be used this time (a file of a newer version, an unreadable file):
    /// the warning is logged here and the caller fetches without the cache, leaving the file be.
    /// </summary>
    private CacheDocument? ReadHoldingLock()
    {
        try
        {
            return CacheDocument.Parse(file.ReadBytes());
        }
        catch (NewerCacheFormatException e)
        {
            log.Warning("The token cache {CacheFile} was written by a newer ecr-login (format version {Version}); going on without the cache and leaving it as it is", file.Path, e.Version);
            return null;
        }
        catch (InvalidDataException e)
        {
            try
            {
                var aside = file.SetAside();
                log.Warning("The token cache {CacheFile} was unreadable ({Reason}); moved it to {Aside} (older set-aside copies are deleted) and started a new one", file.Path, e.Message, aside);
            }
            catch (Exception move) when (move is IOException or UnauthorizedAccessException)
            {
                log.Warning("The token cache {CacheFile} was unreadable ({Reason}) and could not be moved aside ({MoveReason}); it will be replaced", file.Path, e.Message, move.Message);
            }

            return new CacheDocument();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Warning("The token cache {CacheFile} cannot be read ({Reason}); going on without the cache", file.Path, e.Message);
            return null;
        }
    }

    private void Store(CacheDocument document, TokenRequest request, IReadOnlyList<string> keys, IReadOnlyList<AuthorizationToken> tokens)
    {
        var now = options.Clock.GetUtcNow();
        foreach (var (key, entryTokens) in CacheKey.Split(request, keys, tokens))
        {
            document.Entries[key] = new CacheEntry(now, entryTokens);
        }

        foreach (var expired in document.Entries.Where(e => e.Value.ExpiresAt <= now).Select(e => e.Key).ToList())
        {
            document.Entries.Remove(expired);
        }

        // Bounded: many identities (a fresh role session per job, before roles were keyed by
        // their stable identity) must not grow the file without end. The oldest go first.
        foreach (var oldest in document.Entries.OrderBy(e => e.Value.IssuedAt).Take(document.Entries.Count - MaxEntries).Select(e => e.Key).ToList())
        {
            document.Entries.Remove(oldest);
        }

        try
        {
            // Holding the lock. No fsync: a damaged cache is set aside and rebuilt.
            OwnerOnlyFiles.Replace(file.Path, document.ToBytes(), flushToDisk: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Warning("Could not write the token cache {CacheFile} ({Reason}); the next login fetches a new token", file.Path, e.Message);
        }
    }
}
