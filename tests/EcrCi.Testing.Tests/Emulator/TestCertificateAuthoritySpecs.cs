using System.Security.Cryptography.X509Certificates;

namespace EcrCi.Testing.Tests;

/// <summary>The in-memory test authority and its trust bundle.</summary>
public sealed class TestCertificateAuthoritySpecs
{
    [Fact]
    public void Trust_bundle_holds_the_system_authorities_then_the_test_authority()
    {
        TestEnvironment.RequireOrThrow(File.Exists(TestCertificateAuthority.SystemBundlePath),
            $"The system bundle {TestCertificateAuthority.SystemBundlePath}", "Install it with: apt-get install ca-certificates");
        using var authority = TestCertificateAuthority.Create();
        var path = Path.Combine(Path.GetTempPath(), $"ecr-login-bundle-{Guid.NewGuid():N}.pem");
        try
        {
            authority.WriteTrustBundle(path);

            var bundle = new X509Certificate2Collection();
            bundle.ImportFromPemFile(path);
            var system = new X509Certificate2Collection();
            system.ImportFromPemFile(TestCertificateAuthority.SystemBundlePath);
            Assert.True(system.Count > 10, $"only {system.Count} system certificates");
            Assert.Equal(system.Count + 1, bundle.Count);
            Assert.Equal(authority.Certificate.Thumbprint, bundle[^1].Thumbprint);
            Assert.All(system, certificate => Assert.Contains(bundle, b => b.Thumbprint == certificate.Thumbprint));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Server_certificate_chains_to_the_authority_and_names_localhost_and_loopback()
    {
        using var authority = TestCertificateAuthority.Create();

        using var server = authority.IssueServerCertificate();

        Assert.True(server.HasPrivateKey);
        Assert.True(server.MatchesHostname("localhost"));
        Assert.True(server.MatchesHostname("127.0.0.1"));
        Assert.False(server.MatchesHostname("example.com"));
        using var chain = new X509Chain
        {
            ChainPolicy =
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                CustomTrustStore = { authority.Certificate },
                RevocationMode = X509RevocationMode.NoCheck,
            },
        };
        Assert.True(chain.Build(server), string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));
        Assert.False(authority.Certificate.HasPrivateKey);
    }
}
