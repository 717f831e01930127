using EcrCi.Errors;
using EcrCi.Registries;
using EcrCi.Tokens;

namespace EcrCi;

/// <summary>Pairs each requested registry with the token ECR returned for it.</summary>
internal static class TokenMatcher
{
    /// <summary>
    /// A token belongs to a registry by the account id of its proxy endpoint; when the
    /// endpoint is not an ECR host (a pull-through cache or private endpoint alias), by its
    /// position, since ECR answers in the order the ids were asked (<see cref="PairWithIds"/>).
    /// </summary>
    public static IReadOnlyList<AuthorizationToken> Match(LoginPlan plan, IEnumerable<(TokenRequest Request, IReadOnlyList<AuthorizationToken> Tokens)> answers)
    {
        var byRegistry = new Dictionary<ResolvedRegistry, AuthorizationToken>();
        var unrequested = new List<AuthorizationToken>();
        foreach (var (request, tokens) in answers)
        {
            if (request.IsPublic)
            {
                var registry = plan.Registries.First(r => r.IsPublic && r.Host == request.PublicHost);
                byRegistry[registry] = tokens[0];
                continue;
            }

            if (request.RegistryIds.Count == 0)
            {
                unrequested.AddRange(tokens);
                continue;
            }

            var paired = PairWithIds(request.RegistryIds, tokens);
            for (var index = 0; index < request.RegistryIds.Count; index++)
            {
                var id = request.RegistryIds[index];
                var token = paired[index]
                    ?? throw new EcrLoginException(EcrErrorKind.MalformedResponse,
                        $"ECR returned no authorization data for account {id} in {request.Region}: check that the account id is right and that its registry exists in {request.Region}.");
                foreach (var registry in plan.Registries.Where(r => !r.IsPublic && r.AccountId == id && r.Region == request.Region))
                {
                    // An ECR host in the answer means the registry's own host is right (FIPS and
                    // dual-stack hosts included); any other host is where ECR says to log in.
                    byRegistry[registry] = token.AccountId is null ? token with { AccountId = id } : token with { Host = registry.Host };
                }
            }
        }

        return [.. plan.Registries.Select(r => byRegistry[r]), .. unrequested];
    }

    /// <summary>
    /// The token for each of <paramref name="registryIds"/> (null where ECR returned none): the one
    /// whose proxy endpoint names that account, else, when ECR answered one token per id, the
    /// one at the same position if its host names no account.
    /// </summary>
    public static IReadOnlyList<AuthorizationToken?> PairWithIds(IReadOnlyList<string> registryIds, IReadOnlyList<AuthorizationToken> tokens) =>
        [.. registryIds.Select((id, index) => tokens.FirstOrDefault(t => t.AccountId == id)
            ?? (tokens.Count == registryIds.Count && tokens[index].AccountId is null ? tokens[index] : null))];
}
