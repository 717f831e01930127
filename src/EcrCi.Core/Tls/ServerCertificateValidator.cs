using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace EcrCi.Tls;

/// <summary>
/// Validates a TLS server's certificate against the system trust store without loading all of
/// it. Fast path: the store's roots named as issuers by the certificates the server presented
/// (see <see cref="TrustAnchorLookup.Find"/>), the chain built with them alone. Whenever that
/// does not succeed (a TLS-inspecting proxy whose authority is an intermediate of the store, an
/// anchor not found by name, any chain error), the full validation: the chain built against the
/// whole store, as the platform builds it. Both paths are the runtime's chain engine with the
/// default's policy (server-auth usage, validity now, the handler's revocation mode, the root
/// excluded from revocation), and the host name check is the handshake's own; an anchor counts
/// only if the store holds it now, since the store is read anew on every validation.
/// </summary>
/// <param name="store">Where the trust store is.</param>
/// <param name="revocation">The revocation mode of the connection (the default's is <see cref="X509RevocationMode.NoCheck"/>).</param>
internal sealed class ServerCertificateValidator(Func<TrustStoreLocation> store, X509RevocationMode revocation)
{
    private static readonly System.Security.Cryptography.Oid ServerAuth = new("1.3.6.1.5.5.7.3.1", "Server Authentication");

    private int fastPath;
    private int fullPath;
    private int rejected;

    /// <summary>How many certificates the fast path accepted.</summary>
    public int FastPathAccepted => fastPath;

    /// <summary>How many certificates the full validation accepted after the fast path did not.</summary>
    public int FullValidationAccepted => fullPath;

    /// <summary>How many certificates were refused.</summary>
    public int Rejected => rejected;

    /// <summary>For <see cref="SslClientAuthenticationOptions.RemoteCertificateValidationCallback"/>.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var accepted = certificate is not null
            && (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) == 0
            && Validate(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()), chain?.ChainPolicy.ExtraStore ?? []);
        if (!accepted)
        {
            Interlocked.Increment(ref rejected);
        }

        return accepted;
    }

    private bool Validate(X509Certificate2 leaf, X509Certificate2Collection presented)
    {
        var location = store();
        var issuers = presented.Append(leaf).Select(c => (ReadOnlyMemory<byte>)c.IssuerName.RawData).ToArray();
        using (var anchors = new Disposables(TrustAnchorLookup.Find(location, issuers)))
        {
            if (anchors.Certificates.Count > 0 && Builds(leaf, presented, anchors.Certificates))
            {
                Interlocked.Increment(ref fastPath);
                return true;
            }
        }

        using var all = new Disposables(TrustAnchorLookup.All(location));
        if (Builds(leaf, presented, all.Certificates))
        {
            Interlocked.Increment(ref fullPath);
            return true;
        }

        return false;
    }

    private bool Builds(X509Certificate2 leaf, X509Certificate2Collection presented, X509Certificate2Collection trusted)
    {
        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.CustomTrustStore.AddRange(trusted);
        policy.ExtraStore.AddRange(presented);
        policy.ApplicationPolicy.Add(ServerAuth);
        policy.RevocationMode = revocation;
        policy.RevocationFlag = X509RevocationFlag.ExcludeRoot;
        policy.VerificationTime = DateTime.Now;
        var built = chain.Build(leaf);
        foreach (var element in chain.ChainElements)
        {
            element.Certificate.Dispose();
        }

        return built;
    }

    private sealed class Disposables(X509Certificate2Collection certificates) : IDisposable
    {
        public X509Certificate2Collection Certificates => certificates;

        public void Dispose()
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }
}
