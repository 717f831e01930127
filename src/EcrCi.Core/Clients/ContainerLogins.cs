using EcrCi.DockerConfig;
using EcrCi.Errors;
using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi.Clients;

/// <summary>
/// Logs a client in to several registries at once. Docker-config clients run in parallel;
/// since each rewrites the whole config file, entries lost to a concurrent write are put back
/// afterwards. If any login fails, what the others stored is undone (see <see cref="LoginRollback"/>).
/// </summary>
internal static class ContainerLogins
{
    public static async Task RunAsync(ContainerClient client, IReadOnlyList<AuthorizationToken> tokens, RedactingLog log, CancellationToken cancellationToken)
    {
        var config = client.DockerConfig is null ? null : DockerConfigFile.Snapshot(client.DockerConfig);
        var parallel = client.Kind.UsesDockerConfig() ? tokens.Count : 1;
        var failures = new List<EcrLoginException>();
        var succeeded = new List<string>();
        try
        {
            await Parallel.ForEachAsync(
                tokens,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellationToken },
                async (token, ct) =>
                {
                    try
                    {
                        await LoginRetry.LoginAsync(client, token, log, ct);
                        log.Information("Logged in to {Registry} with {Client}; the token expires at {ExpiresAt}", token.Host, client.Kind.ExecutableName(), token.ExpiresAt);
                        lock (succeeded)
                        {
                            succeeded.Add(token.Host);
                        }
                    }
                    catch (EcrLoginException e)
                    {
                        lock (failures)
                        {
                            failures.Add(e);
                        }
                    }
                });
        }
        catch (OperationCanceledException)
        {
            if (await LoginRollback.RunAsync(client, config, tokens, succeeded) is { } undone)
            {
                log.Warning("The login was cancelled: {Undone}", undone);
            }

            throw;
        }

        if (failures.Count > 0)
        {
            var undone = await LoginRollback.RunAsync(client, config, tokens, succeeded);
            if (failures.Count == 1)
            {
                // The client's own message, with what was undone when anything was.
                throw undone is null ? failures[0] : new EcrLoginException(failures[0].Kind, $"{failures[0].Message} (undone: {undone})", failures[0]);
            }

            throw new EcrLoginException(EcrErrorKind.ContainerClientFailed,
                $"{failures.Count} of {tokens.Count} logins failed ({undone ?? "nothing needed undoing"}): {string.Join(" | ", failures.Select(f => f.Message))}",
                new AggregateException(failures));
        }

        if (config is not null && client.Kind.UsesDockerConfig() && tokens.Count > 1)
        {
            foreach (var host in config.RestoreLostEntries(tokens))
            {
                log.Debug("Restored the config entry of {Registry}, lost to a concurrent write by the client", host);
            }
        }
    }
}
