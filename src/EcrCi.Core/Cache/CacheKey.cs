using EcrCi.Registries;
using EcrCi.Tokens;

namespace EcrCi.Cache;

/// <summary>
/// The cache keys of one token request: one per registry id, or one for ECR Public or the
/// caller's own account. A key is partition, region, registry, API endpoint and identity.
/// </summary>
internal static class CacheKey
{
    private const string CallerAccount = "(caller)";

    public static IReadOnlyList<string> For(TokenRequest request, string fingerprint)
    {
        var partition = EcrPartition.ForRegion(request.Region).Name;
        string Key(string registry) => string.Join('|', partition, request.Region, registry, request.Endpoint.AbsoluteUri, fingerprint);

        if (request.IsPublic)
        {
            return [Key(request.PublicHost)];
        }

        return request.RegistryIds.Count == 0 ? [Key(CallerAccount)] : [.. request.RegistryIds.Select(Key)];
    }

    /// <summary>
    /// Splits ECR's answer into one token list per key: per registry id, the token
    /// <see cref="TokenMatcher.PairWithIds"/> pairs with it. Ids without a token are left out.
    /// </summary>
    public static IEnumerable<(string Key, IReadOnlyList<AuthorizationToken> Tokens)> Split(TokenRequest request, IReadOnlyList<string> keys, IReadOnlyList<AuthorizationToken> tokens)
    {
        if (request.IsPublic || request.RegistryIds.Count == 0)
        {
            yield return (keys[0], tokens);
            yield break;
        }

        var paired = TokenMatcher.PairWithIds(request.RegistryIds, tokens);
        for (var index = 0; index < request.RegistryIds.Count; index++)
        {
            if (paired[index] is { } token)
            {
                yield return (keys[index], [token]);
            }
        }
    }
}
