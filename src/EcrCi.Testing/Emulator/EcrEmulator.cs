using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EcrCi.Testing;

/// <summary>
/// An in-process ECR API on <c>127.0.0.1</c> (optionally also over HTTPS) that speaks both
/// <c>GetAuthorizationToken</c> operations (private <c>ecr</c> and <c>ecr-public</c>), verifies
/// every request's SigV4 signature with <see cref="SigV4Verifier"/>, issues tokens for one
/// random <see cref="Password"/> (which a <see cref="LocalRegistry"/> can accept), and can be
/// told to fail in the ways AWS fails. Point a client at it with <c>AWS_ENDPOINT_URL_ECR</c>.
/// </summary>
public sealed partial class EcrEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SigV4Verifier verifier;
    private readonly ConcurrentDictionary<string, SigV4Credential> credentials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> registryHosts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<EcrEmulatorRequest> journal = new();
    private readonly TestCertificateAuthority? authority;
    private readonly X509Certificate2? serverCertificate;

    private EcrEmulator(EcrEmulatorOptions options, WebApplication app, TestCertificateAuthority? authority, X509Certificate2? serverCertificate)
    {
        Options = options;
        this.app = app;
        this.authority = authority;
        this.serverCertificate = serverCertificate;
        for (var i = 0; i < options.Credentials.Count; i++)
        {
            var credential = options.Credentials[i];
            credentials[credential.AccessKeyId] = credential;
            identities[credential.AccessKeyId] = new KeyIdentity(i == 0 ? "static" : $"static:{i}", options.DefaultAccountId, $"arn:aws:iam::{options.DefaultAccountId}:user/ci", UserIdFor(credential));
        }

        verifier = new SigV4Verifier(id => credentials.GetValueOrDefault(id), new OffsetClock(this));
        Password = RandomText.Create(64, RandomText.Alphanumeric);
        AuthorizationToken = Convert.ToBase64String(Encoding.ASCII.GetBytes("AWS:" + Password));
        ContainerAuthorizationToken = RandomText.Create(48, RandomText.Alphanumeric);
        rateLimit = options.RateLimit;
    }

    /// <summary>The options in force, with the generated credential filled in when none was given.</summary>
    public EcrEmulatorOptions Options { get; }

    /// <summary>The plain HTTP endpoint, <c>http://127.0.0.1:port</c>.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The HTTPS endpoint, <c>https://127.0.0.1:port</c>, when <see cref="EcrEmulatorOptions.Tls"/> is on.</summary>
    public Uri? TlsEndpoint { get; private set; }

    /// <summary>The authority that issued the HTTPS certificate (for <see cref="TestCertificateAuthority.WriteTrustBundle"/>), when TLS is on.</summary>
    public TestCertificateAuthority? CertificateAuthority => authority;

    /// <summary>The access key id of the first accepted credential.</summary>
    public string AccessKeyId => Options.Credentials[0].AccessKeyId;

    /// <summary>The secret access key of the first accepted credential.</summary>
    public string SecretAccessKey => Options.Credentials[0].SecretAccessKey;

    /// <summary>The session token of the first accepted credential, if it has one.</summary>
    public string? SessionToken => Options.Credentials[0].SessionToken;

    /// <summary>The password every token carries: 64 random characters of <c>[A-Za-z0-9]</c>, fixed for this emulator.</summary>
    public string Password { get; }

    /// <summary>The token as the API returns it: base64 of <c>AWS:</c> + <see cref="Password"/>.</summary>
    public string AuthorizationToken { get; }

    /// <summary>Starts an emulator on free loopback ports.</summary>
    /// <param name="options">The set-up; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    public static async Task<EcrEmulator> StartAsync(EcrEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EcrEmulatorOptions();
        if (options.Credentials.Count == 0)
            options = options with { Credentials = [SigV4Credential.CreateRandom()] };

        var authority = options.Tls ? TestCertificateAuthority.Create() : null;
        var certificate = authority?.IssueServerCertificate("127.0.0.1", "localhost");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(EcrEmulator).FullName, Args = [] });
        builder.Logging.ClearProviders();
        if (certificate is not null)
            builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
            if (certificate is not null)
                kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });

        var emulator = new EcrEmulator(options, builder.Build(), authority, certificate);
        emulator.app.Run(emulator.HandleAsync);
        await emulator.app.StartAsync(cancellationToken);
        foreach (var address in emulator.app.Urls.Select(url => new Uri(url)))
        {
            if (address.Scheme == Uri.UriSchemeHttps)
                emulator.TlsEndpoint = address;
            else
                emulator.Endpoint = address;
        }

        return emulator;
    }

    /// <summary>
    /// Makes the <c>proxyEndpoint</c> for <paramref name="accountId"/> <c>http://<paramref name="hostAndPort"/></c>
    /// instead of <c>https://{id}.dkr.ecr.{region}.amazonaws.com</c>, to send clients to a local registry.
    /// </summary>
    /// <param name="accountId">A 12-digit account id.</param>
    /// <param name="hostAndPort">The registry, such as <see cref="LocalRegistry.Host"/>.</param>
    public void MapRegistry(string accountId, string hostAndPort)
    {
        ArgumentException.ThrowIfNullOrEmpty(hostAndPort);
        if (!IsAccountId(accountId))
            throw new ArgumentException($"'{accountId}' is not a 12-digit account id.", nameof(accountId));
        registryHosts[accountId] = hostAndPort;
    }

    /// <summary>Every request answered so far, oldest first (a snapshot).</summary>
    public IReadOnlyList<EcrEmulatorRequest> Requests => [.. journal];

    /// <summary>Stops the server and drops its certificates.</summary>
    /// <returns>A task that completes when the server is stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        serverCertificate?.Dispose();
        authority?.Dispose();
    }

    private static bool IsAccountId(string? id) => id is { Length: 12 } && id.All(char.IsAsciiDigit);
}
