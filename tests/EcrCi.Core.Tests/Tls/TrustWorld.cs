using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using EcrCi.Testing;
using EcrCi.Tls;

namespace EcrCi.Tests.Tls;

/// <summary>A trust store in a temporary folder (a bundle and a hashed folder) and HTTPS calls that validate against it.</summary>
internal sealed class TrustWorld : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-trust-");

    public TrustWorld()
    {
        Bundle = Path.Combine(folder.FullName, "bundle.pem");
        Hashed = Directory.CreateDirectory(Path.Combine(folder.FullName, "certs")).FullName;
        WriteBundle();
        Validator = new ServerCertificateValidator(() => new TrustStoreLocation(Bundle, [Hashed]), X509RevocationMode.NoCheck);
    }

    public string Bundle { get; }

    public string Hashed { get; }

    public ServerCertificateValidator Validator { get; }

    /// <summary>Writes the system bundle followed by <paramref name="extra"/> as the store's bundle file.</summary>
    public void WriteBundle(params X509Certificate2[] extra)
    {
        var system = File.Exists(TestCertificateAuthority.SystemBundlePath) ? File.ReadAllText(TestCertificateAuthority.SystemBundlePath) : "";
        File.WriteAllText(Bundle, system.TrimEnd() + "\n" + string.Concat(extra.Select(c => c.ExportCertificatePem() + "\n")));
    }

    /// <summary>One GET over a new connection, as host <paramref name="host"/> (connected to the endpoint's loopback port); true when TLS let it through.</summary>
    public async Task<bool> CallAsync(Uri endpoint, string? host = null)
    {
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(System.Net.IPAddress.Loopback, context.DnsEndPoint.Port, token);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        handler.SslOptions.RemoteCertificateValidationCallback = Validator.Validate;
        using var client = new HttpClient(handler);
        var uri = new UriBuilder(endpoint) { Host = host ?? endpoint.Host }.Uri;
        try
        {
            using var response = await client.GetAsync(uri);
            return true;
        }
        catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.SecureConnectionError)
        {
            return false;
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
