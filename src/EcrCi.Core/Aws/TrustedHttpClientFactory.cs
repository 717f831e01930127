using Amazon.Runtime;
using EcrCi.Tls;

namespace EcrCi.Aws;

/// <summary>
/// Gives AWSSDK clients (STS, SSO) HTTP clients whose connections trust servers as every other
/// call of the core does (<see cref="TlsTrust"/>): over the operation's shared transport when
/// there is one, else over a new handler with the SDK config's proxy.
/// </summary>
/// <param name="shared">The operation's transport, not disposed here; null for a handler per client.</param>
internal sealed class TrustedHttpClientFactory(HttpMessageHandler? shared) : HttpClientFactory
{
    /// <inheritdoc/>
    public override HttpClient CreateHttpClient(IClientConfig clientConfig)
    {
        ArgumentNullException.ThrowIfNull(clientConfig);
        HttpClient client;
        if (shared is not null)
        {
            client = new HttpClient(shared, disposeHandler: false);
        }
        else
        {
            var proxy = clientConfig.GetWebProxy();
            var handler = new SocketsHttpHandler { Proxy = proxy, UseProxy = proxy is not null };
            TlsTrust.Configure(handler, AwsEnvironment.Process);
            client = new HttpClient(handler, disposeHandler: true);
        }

        if (clientConfig.Timeout is { } timeout)
        {
            client.Timeout = timeout;
        }

        return client;
    }

    /// <inheritdoc/>
    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    /// <inheritdoc/>
    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
}
