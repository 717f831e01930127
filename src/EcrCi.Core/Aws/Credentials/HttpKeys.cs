using System.Text.Json;
using EcrCi.Errors;
using EcrCi.Json;

namespace EcrCi.Aws.Credentials;

/// <summary>Reads temporary keys from a container credentials endpoint or instance metadata, naming the source (never a value) when they cannot be read.</summary>
internal static class HttpKeys
{
    /// <summary>Parses an answer; a malformed one or one without both keys is an error naming <paramref name="source"/>.</summary>
    public static ResolvedCredentials Read(CredentialContext context, byte[] body, string source)
    {
        TemporaryKeysJson? keys;
        try
        {
            keys = JsonSerializer.Deserialize(body, CoreJsonContext.Default.TemporaryKeysJson);
        }
        catch (JsonException)
        {
            keys = null;
        }

        if (keys is not { AccessKeyId.Length: > 0, SecretAccessKey.Length: > 0 })
        {
            throw new EcrLoginException(EcrErrorKind.MalformedResponse, $"The answer of {source} holds no AccessKeyId and SecretAccessKey.");
        }

        return context.Keys(keys.AccessKeyId, keys.SecretAccessKey, keys.Token, source);
    }

    // Link-local and loopback endpoints of the machine itself: never through a proxy.
    private static readonly HttpClient Local = new(LocalHandler())
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>A container credentials endpoint may be HTTPS: it is trusted as every other call is (<see cref="Tls.TlsTrust"/>).</summary>
    private static SocketsHttpHandler LocalHandler()
    {
        var handler = new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(2) };
        Tls.TlsTrust.Configure(handler, AwsEnvironment.Process);
        return handler;
    }

    /// <summary>
    /// Sends one request to an endpoint of the machine (instance metadata, a container agent)
    /// within <paramref name="timeout"/>; no answer in time is a <see cref="TimeoutException"/>.
    /// </summary>
    public static async Task<(int Status, byte[] Body)> SendAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await Local.SendAsync(request, limit.Token);
            return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(limit.Token));
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {timeout.TotalSeconds:0.#} s", e);
        }
    }
}
