using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Registries;
using EcrCi.Settings;
using EcrCi.Tokens;

namespace EcrCi;

/// <summary>
/// Everything decided before the first network call: the registries parsed and resolved, and
/// the token calls to make (one per distinct API endpoint, at most 10 registry ids each).
/// Bad input fails here.
/// </summary>
internal sealed record LoginPlan(EffectiveSettings Settings, IReadOnlyList<ResolvedRegistry> Registries, IReadOnlyList<TokenRequest> Requests)
{
    public static LoginPlan Create(EcrAuthOptions options) => Create(EffectiveSettings.From(options));

    /// <summary>
    /// The plan, with the EC2 instance's region (IMDSv2) as the last region fallback: asked only
    /// when a region is needed and no option, variable or profile gives one.
    /// </summary>
    public static async Task<LoginPlan> CreateAsync(EffectiveSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = settings.Options;
        var needsRegion = options.Region is null && (options.Registries.Count == 0 ? !options.Public : options.Registries.Any(r => RegistryReference.Parse(r) is { IsPublic: false, Region: null }));
        if (needsRegion && RegionResolver.Resolve(null, settings.Environment, settings.Profile) is null
            && await Aws.Credentials.InstanceMetadataSource.RegionAsync(settings.Environment, cancellationToken) is { } instanceRegion)
        {
            return Create(settings, instanceRegion);
        }

        return Create(settings);
    }

    public static LoginPlan Create(EffectiveSettings settings, string? instanceRegion = null)
    {
        var options = settings.Options;
        var endpoints = settings.Endpoints;
        var references = options.Registries.Select(RegistryReference.Parse).ToList();
        if (references.Count == 0 && options.Public)
        {
            references.Add(RegistryReference.Public);
        }

        if (options.Public && references.Any(r => !r.IsPublic))
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.Public),
                $"ECR Public was chosen but private registries were given ({string.Join(", ", references.Where(r => !r.IsPublic))}): choose the private registry type or drop them.");
        }

        var needsRegion = references.Count == 0 || references.Any(r => r.Region is null);
        var region = needsRegion || options.Region is not null ? RegionResolver.Resolve(options.Region, settings.Environment, settings.Profile) ?? instanceRegion : null;
        if (references.Count == 0)
        {
            var callerRegion = region ?? throw EcrLoginException.Input(nameof(EcrAuthOptions.Region),
                "No registry and no AWS region were given: name a registry (account id or host), or set a region (option, AWS_REGION or AWS_DEFAULT_REGION, the profile's region; on EC2 the instance's region is used).");
            var endpoint = endpoints.PrivateApi(callerRegion, endpoints.Fips, endpoints.DualStack);
            return new LoginPlan(settings, [], [new TokenRequest(false, endpoint, callerRegion, [], string.Empty)]);
        }

        var resolved = references
            .Select(r => r.Resolve(r.IsPublic ? null : r.Region is null ? region : options.Region, endpoints.Fips, endpoints.DualStack))
            .DistinctBy(r => r.Host, StringComparer.Ordinal)
            .ToList();
        var requests = resolved
            .GroupBy(r => (r.IsPublic, r.Region, r.Fips, r.DualStack))
            .SelectMany(group => ToRequests(group.Key, [.. group], endpoints))
            .ToList();
        return new LoginPlan(settings, resolved, requests);
    }

    private static IEnumerable<TokenRequest> ToRequests((bool IsPublic, string Region, bool Fips, bool DualStack) key, List<ResolvedRegistry> registries, EndpointSettings endpoints)
    {
        if (key.IsPublic)
        {
            yield return new TokenRequest(true, endpoints.PublicApi(key.DualStack), key.Region, [], registries[0].Host);
            yield break;
        }

        var endpoint = endpoints.PrivateApi(key.Region, key.Fips, key.DualStack);
        foreach (var batch in registries.Select(r => r.AccountId!).Distinct(StringComparer.Ordinal).Chunk(TokenRequest.MaxRegistryIds))
        {
            yield return new TokenRequest(false, endpoint, key.Region, batch, string.Empty);
        }
    }
}
