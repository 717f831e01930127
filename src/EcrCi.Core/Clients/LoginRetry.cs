using EcrCi.Errors;
using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi.Clients;

/// <summary>
/// One registry's login, tried again when the registry or the network failed on the way (a
/// 5xx answer, a reset connection, an i/o or TLS handshake timeout), never when the registry
/// refused the password: at most <see cref="MaxAttempts"/> attempts, each bounded by the login
/// timeout, with full-jitter backoff between them.
/// </summary>
internal static class LoginRetry
{
    /// <summary>Attempts of one registry's login, the first included.</summary>
    public const int MaxAttempts = 3;

    private static readonly string[] TransientSigns =
    [
        "500 Internal Server Error", "502 Bad Gateway", "503 Service Unavailable", "504 Gateway Timeout",
        "received unexpected HTTP status: 5", "connection reset by peer", "i/o timeout", "TLS handshake timeout", "unexpected EOF",
    ];

    /// <summary>True when a client's failure says the registry or the network failed, not the credentials.</summary>
    public static bool IsTransient(string detail) =>
        TransientSigns.Any(sign => detail.Contains(sign, StringComparison.OrdinalIgnoreCase));

    public static async Task LoginAsync(ContainerClient client, AuthorizationToken token, RedactingLog log, CancellationToken cancellationToken)
    {
        // The client's own timeout ends a hung login first; the pipeline's only bounds the whole.
        var slack = TimeSpan.FromSeconds(5);
        var retry = new RetrySettings(MaxAttempts, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(4), client.Timeout + slack, (client.Timeout + slack + TimeSpan.FromSeconds(4)) * MaxAttempts)
        {
            AttemptsCapped = true,
        };
        var pipeline = RetryPipeline.Build(
            retry,
            e => e is EcrLoginException { RegistryFailedOnTheWay: true } ? RetryPipeline.Failure.Transient : RetryPipeline.Failure.Permanent,
            (attempt, delay, reason) => log.Warning("{Client} login to {Registry} attempt {Attempt} failed ({Reason}); retrying in {Delay} ms",
                client.Kind.ExecutableName(), token.Host, attempt, reason, (int)delay.TotalMilliseconds));
        await pipeline.ExecuteAsync(async ct => await client.LoginAsync(token.Host, token.Username, token.Password, ct), cancellationToken);
    }
}
