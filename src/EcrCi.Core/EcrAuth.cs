using System.Net;
using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Clients;
using EcrCi.DockerConfig;
using EcrCi.Errors;
using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi;

/// <summary>
/// The one entry point of the core: fetch ECR tokens, log the container client in (password
/// on stdin, registries in parallel), log out. Inputs are checked before any network call.
/// </summary>
public static class EcrAuth
{
    /// <summary>Fetches one token per registry without logging any client in.</summary>
    /// <exception cref="EcrLoginException">Input, credentials, permission or service failure; the message says what to fix.</exception>
    public static async Task<EcrAuthResult> GetTokensAsync(EcrAuthOptions options, CancellationToken cancellationToken = default)
    {
        var plan = LoginPlan.Create(options);
        var log = new RedactingLog(options.Logger);
        var fetched = await FetchAsync(plan, options, log, cancellationToken);
        return new EcrAuthResult(fetched.Tokens, null, null) { AssumedRole = fetched.AssumedRole };
    }

    /// <summary>Fetches tokens and logs the container client in to every registry.</summary>
    /// <exception cref="EcrLoginException">Input, credentials, permission, service or client failure; the message says what to fix.</exception>
    public static async Task<EcrAuthResult> LoginAsync(EcrAuthOptions options, CancellationToken cancellationToken = default)
    {
        var plan = LoginPlan.Create(options);
        var environment = options.Environment ?? AwsEnvironment.Process;
        var client = CreateClient(options, environment);
        var log = new RedactingLog(options.Logger);
        var (tokens, cached, assumedRole) = await FetchAsync(plan, options, log, cancellationToken);
        var result = new EcrAuthResult(tokens, client.Kind, client.DockerConfig) { AssumedRole = assumedRole };
        if (cached && client.Kind.UsesDockerConfig() && client.DockerConfig is { } config && DockerConfigProbe.HoldsAll(config, tokens))
        {
            log.Information("{DockerConfig} already holds the cached credentials of {Registries}: skipped {Client} login",
                config, tokens.Select(t => t.Host).ToArray(), client.Kind.ExecutableName());
            return result;
        }

        await ContainerLogins.RunAsync(client, tokens, log, cancellationToken);
        return result;
    }

    /// <summary>
    /// Logs the container client out of registries: the hosts a login returned
    /// (<see cref="AuthorizationToken.Host"/>), registry hosts or URLs, or account ids (resolved
    /// with the region and endpoint settings a login would use).
    /// </summary>
    /// <returns>The hosts logged out of.</returns>
    /// <exception cref="EcrLoginException">A registry is not valid, the client is missing, or a logout failed.</exception>
    public static async Task<IReadOnlyList<string>> LogoutAsync(IReadOnlyList<string> registries, EcrAuthOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registries);
        ArgumentNullException.ThrowIfNull(options);
        var hosts = LogoutTargets.Resolve(registries, options);
        var client = CreateClient(options, options.Environment ?? AwsEnvironment.Process);
        var log = new RedactingLog(options.Logger);
        foreach (var host in hosts)
        {
            await client.LogoutAsync(host, cancellationToken);
            log.Information("Logged out of {Registry} with {Client}", host, client.Kind.ExecutableName());
        }

        return hosts;
    }

    private static ContainerClient CreateClient(EcrAuthOptions options, AwsEnvironment environment)
    {
        var (kind, path) = ContainerClientLocator.Locate(options.ContainerClient, options.ContainerClientPath, environment);
        var configDirectory = kind.UsesDockerConfig() || options.DockerConfig is not null
            ? DockerConfigFolder.Locate(options.DockerConfig, environment)
            : null;
        return new ContainerClient(kind, path, configDirectory, options.LoginTimeout);
    }

    /// <summary>Fetches (or, with the cache on, reuses) the tokens; Cached is true when none came from ECR.</summary>
    private static async Task<(IReadOnlyList<AuthorizationToken> Tokens, bool Cached, AssumedRoleCredentials? AssumedRole)> FetchAsync(
        LoginPlan plan, EcrAuthOptions options, RedactingLog log, CancellationToken cancellationToken)
    {
        var environment = options.Environment ?? AwsEnvironment.Process;
        if (options.TokenCache is null)
        {
            WarmUpTrustStore(plan);
        }

        var proxy = ProxySettings.For(options.Proxy, environment);
        using var transport = new SocketsHttpHandler
        {
            ConnectTimeout = options.Retry.AttemptTimeout,
            AutomaticDecompression = DecompressionMethods.None,
        };
        if (proxy is not null)
        {
            transport.Proxy = proxy;
            transport.UseProxy = true;
        }

        var credentials = options.AssumeRole is { } role
            ? await RoleAssumer.AssumeAsync(role, options.Region ?? plan.Requests[0].Region, environment, transport, proxy, cancellationToken)
            : await CredentialResolver.ResolveAsync(options.Credentials, options.Profile, cancellationToken);
        log.Information("Using AWS credentials from {CredentialSource}", credentials.Source);
        var cache = TokenCache.Open(options.TokenCache, environment, credentials, log);

        var client = new TokenClient(transport, credentials, options.Retry, log);
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
                : await cache.GetOrFetchAsync(request, Fetch, options.Retry.Deadline, cancellationToken);
            return (Request: request, Tokens: tokens);
        }));

        var tokens = TokenMatcher.Match(plan, answers);
        foreach (var token in tokens)
        {
            log.Information("Got a token for {Registry}, valid until {ExpiresAt}", token.Host, token.ExpiresAt);
        }

        return (tokens, cache is not null && !cache.FetchedAny, credentials.AssumedRole);
    }

    private static void WarmUpTrustStore(LoginPlan plan)
    {
        foreach (var request in plan.Requests)
        {
            TrustStoreWarmUp.StartFor(request.Endpoint);
        }
    }
}
