using System.Net;
using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi;

/// <summary>
/// Fetches the tokens of a plan (or, with the cache on, reuses them): credentials (or a role
/// assumed first), one signed call per request, and the answers paired with the registries.
/// </summary>
internal static class TokenFetch
{
    /// <summary>The tokens, whether all of them came from the cache, and the assumed role's credentials.</summary>
    public sealed record Outcome(IReadOnlyList<AuthorizationToken> Tokens, bool AllCached, AssumedRoleCredentials? AssumedRole);

    public static async Task<Outcome> RunAsync(LoginPlan plan, RedactingLog log, CancellationToken cancellationToken)
    {
        var settings = plan.Settings;
        var options = settings.Options;
        if (settings.TokenCache is null)
        {
            WarmUpTrustStore(plan);
        }

        var proxy = ProxySettings.For(options.Proxy, settings.Environment, log.Redactor);
        using var transport = new SocketsHttpHandler
        {
            ConnectTimeout = settings.Retry.AttemptTimeout,
            AutomaticDecompression = DecompressionMethods.None,
        };
        if (proxy is not null)
        {
            transport.Proxy = proxy;
            transport.UseProxy = true;
        }

        var credentials = settings.Role is { } role
            ? await RoleAssumer.AssumeAsync(role, options.Region ?? plan.Requests[0].Region, settings.Environment, settings.Host, transport, proxy, log.Redactor, cancellationToken)
            : await CredentialResolver.ResolveAsync(options.Credentials, options.Profile, settings.Host, cancellationToken);
        log.Information("Using AWS credentials from {CredentialSource}", credentials.Source);
        var cache = TokenCache.Open(settings.TokenCache, settings.Environment, credentials, log);

        var client = new TokenClient(transport, credentials, settings.Retry, log);
        var answers = await Task.WhenAll(plan.Requests.Select(async request =>
        {
            Task<IReadOnlyList<AuthorizationToken>> Fetch(CancellationToken token)
            {
                TrustStoreWarmUp.StartFor(request.Endpoint);
                log.Debug("Requesting an authorization token from {Endpoint} in {Region} for {RegistryIds}",
                    request.Endpoint.ToString(), request.Region, request.RegistryIds.Count == 0 ? ["(caller's account)"] : request.RegistryIds);
                return client.GetAsync(request, token);
            }

            var tokens = cache is null
                ? await Fetch(cancellationToken)
                : await cache.GetOrFetchAsync(request, Fetch, settings.Retry.Deadline, cancellationToken);
            return (Request: request, Tokens: tokens);
        }));

        var tokens = TokenMatcher.Match(plan, answers);
        foreach (var token in tokens)
        {
            log.Information("Got a token for {Registry}, valid until {ExpiresAt}", token.Host, token.ExpiresAt);
        }

        return new Outcome(tokens, cache is not null && !cache.FetchedAny, credentials.AssumedRole);
    }

    private static void WarmUpTrustStore(LoginPlan plan)
    {
        foreach (var request in plan.Requests)
        {
            TrustStoreWarmUp.StartFor(request.Endpoint);
        }
    }
}
