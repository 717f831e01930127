using EcrCi.Aws;
using EcrCi.Files;
using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi.Cache;

/// <summary>
/// The cache as one login uses it. A fresh token is read without any lock. On a miss the
/// cross-process lock is taken, the file read again (another process may have just fetched),
/// and only then is ECR called, still holding the lock: many processes that miss at once make
/// one call per key, not one each. A corrupt or foreign file is set aside and rebuilt; a file of a
/// newer format version is left alone. The cache is best-effort: when its folder or file cannot
/// be used (or holds a newer version), or could have been planted by another user, the login goes on
/// without it, with a warning.
/// </summary>
internal sealed partial class TokenCache
{
    private readonly TokenCacheOptions options;
    private readonly AwsEnvironment environment;
    private readonly CacheFile file;
    private readonly string fingerprint;
    private readonly RedactingLog log;
    private int fetches;
    private int served;

    private TokenCache(TokenCacheOptions options, AwsEnvironment environment, CacheFile file, string fingerprint, RedactingLog log)
    {
        this.options = options;
        this.environment = environment;
        this.file = file;
        this.fingerprint = fingerprint;
        this.log = log;
    }

    /// <summary>True when at least one request went to ECR instead of the cache.</summary>
    public bool FetchedAny => Volatile.Read(ref fetches) > 0;

    /// <summary>The cache for these options, or null when they are null (the cache is off).</summary>
    public static TokenCache? Open(TokenCacheOptions? options, AwsEnvironment environment, ResolvedCredentials credentials, RedactingLog log) =>
        Open(options, environment, IdentityFingerprint.Of(credentials), log);

    /// <summary>The cache for an identity named by its <paramref name="fingerprint"/> (see <see cref="IdentityFingerprint"/>), or null when the cache is off.</summary>
    /// <remarks>A folder another user could have planted or can write in is not used: see <see cref="TrustedFolder"/>.</remarks>
    public static TokenCache? Open(TokenCacheOptions? options, AwsEnvironment environment, string fingerprint, RedactingLog log)
    {
        if (options is null)
        {
            return null;
        }

        var file = new CacheFile(options.ResolveDirectory(environment));
        return IsTrusted(file, log) ? new TokenCache(options, environment, file, fingerprint, log) : null;
    }

    /// <summary>False, with a warning naming the folder and the reason, when the folder may not hold the cache.</summary>
    private static bool IsTrusted(CacheFile file, RedactingLog log)
    {
        if (file.Distrust() is not { } reason)
        {
            return true;
        }

        log.Warning("The token cache folder {CacheFolder} is not safe to use ({Reason}); going on without the cache", file.Directory, reason);
        return false;
    }

    /// <summary>True when at least one request was served from the cache.</summary>
    public bool ServedAny => Volatile.Read(ref served) > 0;

    /// <summary>
    /// The tokens of <paramref name="request"/>: from the cache while fresh, else from
    /// <paramref name="fetch"/> (then stored). With <paramref name="replace"/>, always fetched and
    /// stored over the entry (which a registry refused).
    /// </summary>
    public async Task<IReadOnlyList<AuthorizationToken>> GetOrFetchAsync(
        TokenRequest request, Func<CancellationToken, Task<IReadOnlyList<AuthorizationToken>>> fetch, TimeSpan lockWait, CancellationToken cancellationToken, bool replace = false)
    {
        var keys = CacheKey.For(request, fingerprint);
        if (!replace && TryServe(ReadWithoutLock(), keys) is { } cached)
        {
            return cached;
        }

        FileLock? held;
        try
        {
            OwnerOnlyFiles.EnsureFolder(file.Directory);
            if (!IsTrusted(file, log))
            {
                // Created by another user since the cache was opened.
                return await FetchAsync(fetch, cancellationToken);
            }

            held = await FileLock.TryAcquireAsync(file.LockPath, lockWait, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Warning("The token cache folder {CacheFolder} cannot be used ({Reason}); going on without the cache", file.Directory, e.Message);
            return await FetchAsync(fetch, cancellationToken);
        }

        if (held is null)
        {
            log.Warning("The token cache {CacheFile} stayed locked for {Seconds} s; going on without the cache", file.Path, (int)lockWait.TotalSeconds);
            return await FetchAsync(fetch, cancellationToken);
        }

        using (held)
        {
            if (ReadHoldingLock() is not { } document)
            {
                return await FetchAsync(fetch, cancellationToken);
            }

            if (!replace && TryServe(document, keys) is { } fetchedByAnother)
            {
                return fetchedByAnother;
            }

            var tokens = await FetchAsync(fetch, cancellationToken);
            Store(document, request, keys, tokens);
            return tokens;
        }
    }

    private async Task<IReadOnlyList<AuthorizationToken>> FetchAsync(Func<CancellationToken, Task<IReadOnlyList<AuthorizationToken>>> fetch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref fetches);
        return await fetch(cancellationToken);
    }

    private List<AuthorizationToken>? TryServe(CacheDocument? document, IReadOnlyList<string> keys)
    {
        if (document is null)
        {
            return null;
        }

        var now = options.Clock.GetUtcNow();
        var tokens = new List<AuthorizationToken>();
        var refreshAt = DateTimeOffset.MaxValue;
        foreach (var key in keys)
        {
            if (!document.Entries.TryGetValue(key, out var entry))
            {
                return null;
            }

            var margin = options.MarginFor(entry.IssuedAt, entry.ExpiresAt, environment);
            if (!entry.IsFreshAt(now, margin))
            {
                return null;
            }

            refreshAt = refreshAt < entry.ExpiresAt - margin ? refreshAt : entry.ExpiresAt - margin;
            tokens.AddRange(entry.Tokens);
            foreach (var token in entry.Tokens)
            {
                log.Redactor.Add(token);
            }
        }

        Interlocked.Increment(ref served);
        log.Information("Reused {Count} cached token(s) from {CacheFile}; they are refreshed after {RefreshAt}", tokens.Count, file.Path, refreshAt);
        return tokens;
    }
}
