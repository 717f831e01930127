using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EcrCi.Testing;

/// <summary>
/// An HTTP proxy on <c>127.0.0.1</c> that refuses every request with
/// <c>407 Proxy Authentication Required</c>, as a corporate proxy does when the credentials in
/// <c>HTTPS_PROXY</c> are wrong. Nothing is forwarded: a client pointed at it never leaves
/// loopback, whatever host it asks for. <see cref="Url"/> carries a user and a password, which
/// must never appear in what the client prints.
/// </summary>
public sealed class RefusingProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private int requests;

    private RefusingProxy(string password)
    {
        Password = password;
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>The password in <see cref="Url"/>.</summary>
    public string Password { get; }

    /// <summary>The port the proxy listens on.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary><c>http://ci:PASSWORD@127.0.0.1:PORT</c>, as a user would put it in <c>HTTPS_PROXY</c>.</summary>
    public string Url => $"http://ci:{Password}@127.0.0.1:{Port}";

    /// <summary>Requests refused so far (a client that never asked did not use the proxy).</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>Starts a proxy whose password is random (or <paramref name="password"/>).</summary>
    public static RefusingProxy Start(string? password = null) =>
        new(password ?? "pw-" + RandomText.Create(24, RandomText.Alphanumeric));

    /// <summary>Stops listening.</summary>
    /// <returns>A task that completes when the listener has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            _ = RefuseAsync(client);
        }
    }

    private async Task RefuseAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buffer = new byte[8192];
                var seen = new StringBuilder();
                while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, stopping.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                Interlocked.Increment(ref requests);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(
                    "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corporate\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), stopping.Token);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // The client went away.
            }
        }
    }
}
