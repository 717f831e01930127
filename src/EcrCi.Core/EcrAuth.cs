using EcrCi.Clients;
using EcrCi.DockerConfig;
using EcrCi.Errors;
using EcrCi.Logging;
using EcrCi.Secrets;
using EcrCi.Settings;

namespace EcrCi;

/// <summary>
/// The one entry point of the core: fetch ECR tokens, log the container client in (password
/// on stdin, registries in parallel), log out. Every setting is resolved and checked before any
/// network call; each call redacts its own secrets from its log events and its errors.
/// </summary>
public static class EcrAuth
{
    /// <summary>Fetches one token per registry without logging any client in.</summary>
    /// <exception cref="EcrLoginException">Input, credentials, permission or service failure; the message says what to fix.</exception>
    public static Task<EcrAuthResult> GetTokensAsync(EcrAuthOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(options, async (plan, log) =>
        {
            var fetched = await TokenFetch.RunAsync(plan, log, cancellationToken);
            return new EcrAuthResult(fetched.Tokens, null, null, log.Redactor) { AssumedRole = fetched.AssumedRole };
        });

    /// <summary>Fetches tokens and logs the container client in to every registry.</summary>
    /// <exception cref="EcrLoginException">Input, credentials, permission, service or client failure; the message says what to fix.</exception>
    public static Task<EcrAuthResult> LoginAsync(EcrAuthOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(options, async (plan, log) =>
        {
            var client = ContainerClientFactory.Create(plan.Settings, log.Redactor);
            if (client.DockerConfig is { } folder)
            {
                DockerConfigCheck.RequireObject(folder);
            }

            var fetched = await TokenFetch.RunAsync(plan, log, cancellationToken);
            var result = new EcrAuthResult(fetched.Tokens, client.Kind.ExecutableName(), client.DockerConfig, log.Redactor) { AssumedRole = fetched.AssumedRole };
            if (fetched.AllCached && client.Kind.UsesDockerConfig() && client.DockerConfig is { } config && DockerConfigProbe.HoldsAll(config, fetched.Tokens))
            {
                log.Information("{DockerConfig} already holds the cached credentials of {Registries}: skipped {Client} login",
                    config, fetched.Tokens.Select(t => t.Host).ToArray(), client.Kind.ExecutableName());
                return result;
            }

            try
            {
                await ContainerLogins.RunAsync(client, fetched.Tokens, log, cancellationToken);
                return result;
            }
            catch (EcrLoginException e) when (fetched.AnyCached && RefusedByRegistry(e))
            {
                // A cached token the registry refuses (revoked, or the clock misjudged its life) is replaced once.
                log.Warning("The registry refused a cached token; fetching fresh tokens and logging in once more");
                fetched = await TokenFetch.RunAsync(plan, log, cancellationToken, replaceCached: true);
                await ContainerLogins.RunAsync(client, fetched.Tokens, log, cancellationToken);
                return new EcrAuthResult(fetched.Tokens, client.Kind.ExecutableName(), client.DockerConfig, log.Redactor) { AssumedRole = fetched.AssumedRole };
            }
        });

    private static bool RefusedByRegistry(EcrLoginException e) => e.RegistryRefusedPassword || e.InnerException switch
    {
        EcrLoginException inner => inner.RegistryRefusedPassword,
        AggregateException all => all.InnerExceptions.OfType<EcrLoginException>().Any(f => f.RegistryRefusedPassword),
        _ => false,
    };

    /// <summary>
    /// Logs the container client out of registries: the hosts a login returned
    /// (<see cref="Tokens.AuthorizationToken.Host"/>), registry hosts or URLs, or account ids
    /// (resolved with the region and endpoint settings a login would use).
    /// </summary>
    /// <returns>The hosts logged out of.</returns>
    /// <exception cref="EcrLoginException">A registry is not valid, the client is missing, or a logout failed (every registry is still tried; the message names each that failed).</exception>
    public static async Task<IReadOnlyList<string>> LogoutAsync(IReadOnlyList<string> registries, EcrAuthOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registries);
        ArgumentNullException.ThrowIfNull(options);
        var log = new RedactingLog(options.Logger, new Redactor(options.SecretObserved));
        try
        {
            var settings = EffectiveSettings.From(options);
            var hosts = LogoutTargets.Resolve(registries, settings);
            var client = ContainerClientFactory.Create(settings, log.Redactor);
            await ContainerLogouts.RunAsync(client, hosts, log, cancellationToken);
            return hosts;
        }
        catch (EcrLoginException e)
        {
            e.Redaction ??= log.Redactor;
            throw;
        }
        catch (Exception e) when (!UnexpectedFailure.PassesThrough(e))
        {
            throw UnexpectedFailure.Wrap(e, log.Redactor);
        }
    }

    /// <summary>
    /// The registry hosts that a login with these options would write (a registry named by
    /// account id takes the region chain, FIPS and dual-stack settings), without any network call.
    /// Empty when no registry is named (the caller's own account is known only to ECR).
    /// </summary>
    /// <exception cref="EcrLoginException">A registry or setting is not valid.</exception>
    public static IReadOnlyList<string> ResolveRegistryHosts(EcrAuthOptions options) =>
        [.. LoginPlan.Create(options).Registries.Select(r => r.Host)];

    private static async Task<EcrAuthResult> RunAsync(EcrAuthOptions options, Func<LoginPlan, RedactingLog, Task<EcrAuthResult>> operation)
    {
        ArgumentNullException.ThrowIfNull(options);
        var log = new RedactingLog(options.Logger, new Redactor(options.SecretObserved));
        try
        {
            var settings = EffectiveSettings.From(options);
            return await operation(await LoginPlan.CreateAsync(settings, CancellationToken.None), log);
        }
        catch (EcrLoginException e)
        {
            e.Redaction ??= log.Redactor;
            throw;
        }
        catch (Exception e) when (!UnexpectedFailure.PassesThrough(e))
        {
            throw UnexpectedFailure.Wrap(e, log.Redactor);
        }
    }
}
