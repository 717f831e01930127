using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace EcrCi.Tests.Tls;

/// <summary>
/// A TLS server on loopback that presents a given certificate (and nothing else of its chain)
/// and answers every request with 200, for the certificates the emulator does not serve:
/// an expired one, one from a TLS-inspecting proxy's intermediate.
/// </summary>
internal sealed class LoopbackTlsServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly X509Certificate2 certificate;
    private readonly CancellationTokenSource stop = new();
    private readonly Task serving;

    public LoopbackTlsServer(X509Certificate2 certificate)
    {
        this.certificate = certificate;
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri Endpoint => new($"https://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await serving.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
        certificate.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stop.Token);
            _ = Task.Run(async () =>
            {
                using (client)
                await using (var tls = new SslStream(client.GetStream()))
                {
                    try
                    {
                        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, stop.Token);
                        var buffer = new byte[4096];
                        _ = await tls.ReadAsync(buffer, stop.Token);
                        await tls.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"), stop.Token);
                    }
                    catch (Exception e) when (e is IOException or System.Security.Authentication.AuthenticationException or OperationCanceledException)
                    {
                        // The client refused the certificate, as some specs expect.
                    }
                }
            });
        }
    }
}
