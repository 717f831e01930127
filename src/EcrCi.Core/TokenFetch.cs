using System.Net;
using EcrCi.Aws;
using EcrCi.Aws.Credentials;
using EcrCi.Aws.Sts;
using EcrCi.Cache;
using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi;

/// <summary>
/// Fetches the tokens of a plan (or, with the cache on, reuses them): credentials (from the
/// chain, then the role to assume, if any), the allowed-account check, one signed call per
/// request, and the answers paired with the registries. When the identity is a role known
/// before any call, the cache is looked up first, so a hit makes no STS call either.
/// </summary>
internal static class TokenFetch
{
    /// <summary>The tokens, whether all (any) of them came from the cache, and the assumed role's credentials.</summary>
    public sealed record Outcome(IReadOnlyList<AuthorizationToken> Tokens, bool AllCached, AssumedRoleCredentials? AssumedRole)
    {
        /// <summary>True when at least one token came from the cache.</summary>
        public bool AnyCached { get; init; }
    }

    /// <summary>Fetches the plan's tokens; with <paramref name="replaceCached"/>, none is taken from the cache and every fetched one replaces its entry.</summary>
    public static async Task<Outcome> RunAsync(LoginPlan plan, RedactingLog log, CancellationToken cancellationToken, bool replaceCached = false)
    {
        var settings = plan.Settings;
        var options = settings.Options;
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

        Tls.TlsTrust.Configure(transport, settings.Environment);
        if (settings.TokenCache is null)
        {
            WarmUpTrustStore(plan);
        }

        var files = settings.Profile.Files;
        var sts = new StsCalls(options.Region ?? plan.Requests[0].Region, settings.Endpoints.StsOverride, proxy, settings.Retry, log, transport) { UserAgent = settings.UserAgent };
        var context = new CredentialContext(settings.Environment, files, transport, proxy, sts, settings.Host, log);
        var knownRole = KnownRole(settings, files);
        if (knownRole is not null && settings.AllowedAccounts is { } allowed && AccountGuard.AccountOf(knownRole) is { } roleAccount)
        {
            AccountGuard.Check(allowed, roleAccount, $"the role {knownRole}");
        }

        ResolvedCredentials? resolved = null;
        using var gate = new SemaphoreSlim(1, 1);
        async Task<ResolvedCredentials> Credentials(CancellationToken token)
        {
            await gate.WaitAsync(token);
            try
            {
                return resolved ??= await ResolveAsync(settings, context, knownRole, token);
            }
            finally
            {
                gate.Release();
            }
        }

        var cache = knownRole is not null && IdentityFingerprint.ForRole(knownRole) is { } roleKey
            ? TokenCache.Open(settings.TokenCache, settings.Environment, roleKey, log)
            : settings.TokenCache is null ? null : TokenCache.Open(settings.TokenCache, settings.Environment, await Credentials(cancellationToken), log);

        var limiter = settings.Retry.Mode == RetryMode.Adaptive ? new AdaptiveRateLimiter() : null;
        var clock = new SigningClock();
        var answers = await Task.WhenAll(plan.Requests.Select(async request =>
        {
            async Task<IReadOnlyList<AuthorizationToken>> Fetch(CancellationToken token)
            {
                var client = new TokenClient(transport, await Credentials(token), settings.Retry, log, limiter, settings.UserAgent, clock);
                TrustStoreWarmUp.StartFor(request.Endpoint);
                log.Debug("Requesting an authorization token from {Endpoint} in {Region} for {RegistryIds}",
                    request.Endpoint.ToString(), request.Region, request.RegistryIds.Count == 0 ? ["(caller's account)"] : request.RegistryIds);
                return await client.GetAsync(request, token);
            }

            var tokens = cache is null
                ? await Fetch(cancellationToken)
                : await cache.GetOrFetchAsync(request, Fetch, settings.Retry.Deadline, cancellationToken, replaceCached);
            return (Request: request, Tokens: tokens);
        }));

        var tokens = TokenMatcher.Match(plan, answers);
        foreach (var token in tokens)
        {
            log.Information("Got a token for {Registry}, valid until {ExpiresAt}", token.Host, token.ExpiresAt);
        }

        return new Outcome(tokens, cache is not null && !cache.FetchedAny, resolved?.AssumedRole) { AnyCached = cache?.ServedAny == true };
    }

    /// <summary>The chain's credentials, then the role assumed (with a web identity token, or with them when chaining), then the account check.</summary>
    private static async Task<ResolvedCredentials> ResolveAsync(Settings.EffectiveSettings settings, CredentialContext context, string? knownRole, CancellationToken cancellationToken)
    {
        var options = settings.Options;
        ResolvedCredentials credentials;
        if (settings.Role is { Chaining: false, TokenSource: { } tokenSource } role)
        {
            credentials = await context.Sts.AssumeRoleWithWebIdentityAsync(
                role, token => tokenSource.GetTokenAsync(settings.Environment, context.Transport, token), $"the role {role.RoleArn} (web identity)", settings.Host, cancellationToken);
        }
        else
        {
            credentials = await CredentialChain.ResolveAsync(context, options.Credentials, options.Profile, cancellationToken);
            if (settings.Role is { } chained)
            {
                context.Log.Information("Assuming {RoleArn} with the credentials from {CredentialSource}", chained.RoleArn, credentials.Source);
                credentials = await context.Sts.AssumeRoleAsync(credentials, chained, $"the role {chained.RoleArn} (chained from {credentials.Source})", cancellationToken);
            }
        }

        var arn = credentials.AssumedRole?.AssumedRoleArn;
        var account = AccountGuard.AccountOf(arn) ?? AccountGuard.AccountOf(knownRole);
        if (settings.AllowedAccounts is { } allowed)
        {
            if (account is null)
            {
                (account, arn) = await context.Sts.GetCallerIdentityAsync(credentials, cancellationToken);
            }

            AccountGuard.Check(allowed, account, credentials.Source);
        }

        context.Log.Information("Using AWS credentials from {CredentialSource}", credentials.Source);
        if (account is not null)
        {
            context.Log.Information("The caller is {CallerArn} in account {Account}", arn ?? knownRole ?? "(unknown)", account);
        }

        return credentials;
    }

    /// <summary>
    /// The role whose credentials will sign, when it is known before any call: the role to
    /// assume, else IRSA's AWS_ROLE_ARN when the chain would reach it (no keys, no profile with
    /// credentials before it).
    /// </summary>
    private static string? KnownRole(Settings.EffectiveSettings settings, SharedConfigFiles files)
    {
        if (settings.Role is { } role)
        {
            return role.RoleArn;
        }

        var environment = settings.Environment;
        var options = settings.Options;
        if (options.Credentials is not null || options.Profile is not null || environment.Get("AWS_ACCESS_KEY_ID") is not null || environment.Get("AWS_SECRET_ACCESS_KEY") is not null)
        {
            return null;
        }

        var profile = files.Profile(settings.Profile.Name);
        if (environment.Get("AWS_PROFILE") is not null || (profile is not null && ProfileCredentials.HoldsCredentials(profile)))
        {
            return null;
        }

        return environment.Get("AWS_WEB_IDENTITY_TOKEN_FILE") is not null ? environment.Get("AWS_ROLE_ARN") : null;
    }

    private static void WarmUpTrustStore(LoginPlan plan)
    {
        foreach (var request in plan.Requests)
        {
            TrustStoreWarmUp.StartFor(request.Endpoint);
        }
    }
}
