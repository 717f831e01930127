using EcrCi.Errors;
using EcrCi.Logging;

namespace EcrCi.Clients;

/// <summary>
/// Logs a client out of several registries, one after the other. A failure does not stop the
/// others (a post step must not leave registries logged in because an earlier one failed): all
/// failures are reported together once every registry was tried.
/// </summary>
internal static class ContainerLogouts
{
    public static async Task RunAsync(ContainerClient client, IReadOnlyList<string> hosts, RedactingLog log, CancellationToken cancellationToken)
    {
        var failures = new List<(string Host, EcrLoginException Error)>();
        foreach (var host in hosts)
        {
            try
            {
                await client.LogoutAsync(host, cancellationToken);
                log.Information("Logged out of {Registry} with {Client}", host, client.Kind.ExecutableName());
            }
            catch (EcrLoginException e)
            {
                failures.Add((host, e));
            }
        }

        if (failures.Count == 1 && hosts.Count == 1)
        {
            throw failures[0].Error;
        }

        if (failures.Count > 0)
        {
            var failed = failures.Select(f => f.Host).ToList();
            var done = hosts.Except(failed, StringComparer.Ordinal).ToList();
            throw new EcrLoginException(failures[0].Error.Kind,
                $"{failures.Count} of {hosts.Count} logouts failed ({string.Join(", ", failed)}){(done.Count > 0 ? $"; logged out of {string.Join(", ", done)}" : string.Empty)}: {string.Join(" | ", failures.Select(f => f.Error.Message))}",
                new AggregateException(failures.Select(f => f.Error)));
        }
    }
}
