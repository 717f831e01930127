using EcrCi.Aws;

namespace EcrCi.Tls;

/// <summary>
/// The one place that decides how the core's HTTPS connections trust servers. On Linux every
/// connection validates through a <see cref="ServerCertificateValidator"/> over the store the
/// process's variables name (<see cref="TrustStoreLocation.For"/>, read at each validation);
/// elsewhere the platform's default validation stays as it is.
/// </summary>
internal static class TlsTrust
{
    /// <summary>The validator given to the handler, or null where the platform's default applies.</summary>
    public static ServerCertificateValidator? Configure(SocketsHttpHandler handler, AwsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(handler);
        // Elsewhere the runtime validates against the same store on its own: a second check would only repeat it.
        if (!OperatingSystem.IsLinux() || !TrustStoreLocation.For(environment).Exists || !(RuntimeTrustStore.Owned || TrustStoreLocation.NamedByAwsCaBundle(environment)))
        {
            return null;
        }

        var validator = new ServerCertificateValidator(() => TrustStoreLocation.For(environment), handler.SslOptions.CertificateRevocationCheckMode);
        handler.SslOptions.RemoteCertificateValidationCallback = validator.Validate;
        if (RuntimeTrustStore.Owned && handler.ConnectCallback is null)
        {
            // Detached when the first connection opens, before its handshake: a call answered
            // from the token cache opens none and loads no crypto library at all.
            handler.ConnectCallback = ConnectDetachedAsync;
        }

        return validator;
    }

    private static async ValueTask<Stream> ConnectDetachedAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        RuntimeTrustStore.DetachIfOwned();
        var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
