using System.Security.Cryptography.X509Certificates;

namespace EcrCi.Testing.Tests;

/// <summary>HTTPS with a certificate from the emulator's own test authority.</summary>
public sealed class EcrEmulatorTlsSpecs
{
    [Fact]
    public async Task Tls_endpoint_answers_a_client_that_trusts_the_test_authority()
    {
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
        using var handler = TrustingOnly(emulator.CertificateAuthority!);
        using var client = new EmulatorClient(emulator, handler) { Endpoint = emulator.TlsEndpoint! };

        var response = await client.PrivateAsync();

        Assert.Equal(200, response.Status);
        Assert.Equal("https", emulator.TlsEndpoint!.Scheme);
        Assert.Equal("127.0.0.1", emulator.TlsEndpoint.Host);
        Assert.NotEqual(emulator.Endpoint.Port, emulator.TlsEndpoint.Port);
    }

    [Fact]
    public async Task Tls_endpoint_is_refused_by_a_client_that_does_not_trust_the_test_authority()
    {
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
        using var other = TestCertificateAuthority.Create();
        using var handler = TrustingOnly(other);
        using var client = new EmulatorClient(emulator, handler) { Endpoint = emulator.TlsEndpoint! };

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PrivateAsync());
    }

    [Fact]
    public async Task Plain_emulator_has_no_tls_endpoint_nor_authority()
    {
        await using var emulator = await EcrEmulator.StartAsync();

        Assert.Null(emulator.TlsEndpoint);
        Assert.Null(emulator.CertificateAuthority);
    }

    /// <summary>Full validation (chain, name, dates) with <paramref name="authority"/> as the only root.</summary>
    private static SocketsHttpHandler TrustingOnly(TestCertificateAuthority authority) => new()
    {
        SslOptions =
        {
            CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                CustomTrustStore = { authority.Certificate },
                RevocationMode = X509RevocationMode.NoCheck,
            },
        },
    };
}
