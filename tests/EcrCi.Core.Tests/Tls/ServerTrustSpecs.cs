using System.Diagnostics;
using EcrCi.Testing;

namespace EcrCi.Tests.Tls;

/// <summary>Real TLS against the emulator's HTTPS endpoint (and a loopback server for certificates it does not serve).</summary>
public sealed class ServerTrustSpecs : IAsyncLifetime
{
    private readonly TrustWorld world = new();
    private EcrEmulator emulator = null!;

    public async Task InitializeAsync() => emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });

    public async Task DisposeAsync()
    {
        await emulator.DisposeAsync();
        world.Dispose();
    }

    [Fact]
    public async Task A_chain_to_an_authority_in_the_bundle_validates_through_the_fast_path()
    {
        world.WriteBundle(emulator.CertificateAuthority!.Certificate);

        Assert.True(await world.CallAsync(emulator.TlsEndpoint!));
        Assert.Equal((1, 0, 0), Counts());
    }

    [Fact]
    public async Task A_chain_to_an_authority_in_the_hashed_folder_is_found_by_the_subject_hash_openssl_gives_it()
    {
        var pem = Path.Combine(world.Hashed, "authority.pem");
        File.WriteAllText(pem, emulator.CertificateAuthority!.CertificatePem);
        File.Move(pem, Path.Combine(world.Hashed, OpenSslHash(pem) + ".0"));

        Assert.True(await world.CallAsync(emulator.TlsEndpoint!));
        Assert.Equal((1, 0, 0), Counts());
    }

    [Fact]
    public async Task A_wrong_host_name_is_refused_whether_the_fast_path_or_the_full_validation_would_trust_the_chain()
    {
        world.WriteBundle(emulator.CertificateAuthority!.Certificate);
        Assert.False(await world.CallAsync(emulator.TlsEndpoint!, "wrong.invalid"));

        using var root = TestCertificateAuthority.Create("proxy root", issuesIntermediates: true);
        using var intermediate = root.IssueIntermediate("proxy issuing authority");
        world.WriteBundle(root.Certificate, intermediate.Certificate);
        await using var proxy = new LoopbackTlsServer(intermediate.IssueServerCertificate());
        Assert.False(await world.CallAsync(proxy.Endpoint, "wrong.invalid"));

        Assert.Equal((0, 0, 2), Counts());
    }

    [Fact]
    public async Task An_expired_certificate_is_refused_by_the_fast_path_and_by_the_full_validation()
    {
        world.WriteBundle(emulator.CertificateAuthority!.Certificate);
        await using var server = new LoopbackTlsServer(emulator.CertificateAuthority.IssueExpiredServerCertificate());

        Assert.False(await world.CallAsync(server.Endpoint));
        Assert.Equal((0, 0, 1), Counts());
    }

    [Fact]
    public async Task An_anchor_removed_from_the_store_file_is_no_longer_trusted()
    {
        world.WriteBundle(emulator.CertificateAuthority!.Certificate);
        Assert.True(await world.CallAsync(emulator.TlsEndpoint!));

        world.WriteBundle();

        Assert.False(await world.CallAsync(emulator.TlsEndpoint!));
        Assert.Equal((1, 0, 1), Counts());
    }

    [Fact]
    public async Task A_TLS_inspecting_proxys_authority_in_the_system_store_still_validates_through_the_full_validation()
    {
        using var root = TestCertificateAuthority.Create("proxy root", issuesIntermediates: true);
        using var intermediate = root.IssueIntermediate("proxy issuing authority");
        world.WriteBundle(root.Certificate, intermediate.Certificate);
        await using var proxy = new LoopbackTlsServer(intermediate.IssueServerCertificate());

        Assert.True(await world.CallAsync(proxy.Endpoint));
        Assert.Equal((0, 1, 0), Counts());
    }

    [Fact]
    public async Task An_authority_the_store_never_held_is_refused_by_both_paths()
    {
        Assert.False(await world.CallAsync(emulator.TlsEndpoint!));
        Assert.Equal((0, 0, 1), Counts());
    }

    private (int Fast, int Full, int Rejected) Counts() =>
        (world.Validator.FastPathAccepted, world.Validator.FullValidationAccepted, world.Validator.Rejected);

    private static string OpenSslHash(string pem)
    {
        using var openssl = Process.Start(new ProcessStartInfo("openssl", ["x509", "-hash", "-noout", "-in", pem]) { RedirectStandardOutput = true })!;
        var hash = openssl.StandardOutput.ReadToEnd().Trim();
        openssl.WaitForExit();
        Assert.Equal(0, openssl.ExitCode);
        return hash;
    }
}
