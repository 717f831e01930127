using EcrCi.Tokens;

namespace EcrCi.Cache;

/// <summary>Reading and writing the cache file for <see cref="TokenCache"/>.</summary>
internal sealed partial class TokenCache
{
    private CacheDocument? ReadWithoutLock()
    {
        try
        {
            return CacheDocument.Parse(file.ReadBytes());
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // Dealt with under the lock.
            return null;
        }
    }

    private CacheDocument ReadHoldingLock()
    {
        try
        {
            return CacheDocument.Parse(file.ReadBytes());
        }
        catch (InvalidDataException e)
        {
            try
            {
                var aside = file.SetAside();
                log.Warning("The token cache {CacheFile} was unreadable ({Reason}); moved it to {Aside} and started a new one", file.Path, e.Message, aside);
            }
            catch (Exception move) when (move is IOException or UnauthorizedAccessException)
            {
                log.Warning("The token cache {CacheFile} was unreadable ({Reason}) and could not be moved aside ({MoveReason}); it will be replaced", file.Path, e.Message, move.Message);
            }

            return new CacheDocument();
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

        try
        {
            file.Replace(document.ToBytes());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Warning("Could not write the token cache {CacheFile} ({Reason}); the next login fetches a new token", file.Path, e.Message);
        }
    }
}
