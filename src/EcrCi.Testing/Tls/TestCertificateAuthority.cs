using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EcrCi.Testing;

/// <summary>
/// A certificate authority made in memory (ECDSA P-256) that issues server certificates for
/// TLS tests. Clients trust it through <see cref="WriteTrustBundle"/>: the system bundle plus
/// this authority, given to a process as <c>SSL_CERT_FILE</c>, never a one-certificate store
/// nor validation turned off.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    /// <summary>Where Debian keeps the system's bundle of trusted authorities.</summary>
    public const string SystemBundlePath = "/etc/ssl/certs/ca-certificates.crt";

    private readonly X509Certificate2 authority;

    private TestCertificateAuthority(X509Certificate2 authority)
    {
        this.authority = authority;
        Certificate = X509CertificateLoader.LoadCertificate(authority.RawData);
    }

    /// <summary>The authority's certificate, without its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The authority's certificate in PEM.</summary>
    public string CertificatePem => authority.ExportCertificatePem();

    /// <summary>Creates a new authority, valid from an hour ago for seven days.</summary>
    /// <param name="name">The common name of the authority.</param>
    /// <param name="issuesIntermediates">Whether it may sign one level of intermediates (<see cref="IssueIntermediate"/>): a path length of 1 instead of 0.</param>
    /// <returns>The authority; dispose it to drop its key.</returns>
    public static TestCertificateAuthority Create(string name = "ecr-login test authority", bool issuesIntermediates = false)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name} {RandomText.Create(8, RandomText.LowerAlphanumeric)}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, issuesIntermediates ? 1 : 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        return new(request.CreateSelfSigned(now.AddHours(-1), now.AddDays(7)));
    }

    /// <summary>
    /// Issues an intermediate authority signed by this one (as a TLS-inspecting proxy's issuing
    /// authority under its corporate root), valid as long as this one; this one must have been
    /// created to issue intermediates.
    /// </summary>
    /// <param name="name">The common name of the intermediate.</param>
    /// <returns>The intermediate; dispose it to drop its key.</returns>
    public TestCertificateAuthority IssueIntermediate(string name = "ecr-login test intermediate")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name} {RandomText.Create(8, RandomText.LowerAlphanumeric)}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(authority, new DateTimeOffset(authority.NotBefore.ToUniversalTime()), new DateTimeOffset(authority.NotAfter.ToUniversalTime()), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        return new(X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null));
    }

    /// <summary>Issues a server certificate for <c>localhost</c> and <c>127.0.0.1</c> that expired a minute ago.</summary>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueExpiredServerCertificate() =>
        Issue(["localhost", "127.0.0.1"], DateTimeOffset.UtcNow.AddMinutes(-59), DateTimeOffset.UtcNow.AddMinutes(-1));

    /// <summary>Issues a server certificate (with its private key) for host names and IP addresses.</summary>
    /// <param name="names">DNS names or IP addresses for the subject alternative name; <c>localhost</c> and <c>127.0.0.1</c> when empty.</param>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueServerCertificate(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var now = DateTimeOffset.UtcNow;
        // Never past the authority's own end, which was fixed when it was created (maybe a second ago).
        var notAfter = new DateTimeOffset(authority.NotAfter.ToUniversalTime());
        return Issue(names, now.AddHours(-1), now.AddDays(7) < notAfter ? now.AddDays(7) : notAfter);
    }

    private X509Certificate2 Issue(string[] names, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        if (names.Length == 0)
            names = ["localhost", "127.0.0.1"];

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={names[0]}", key, HashAlgorithmName.SHA256);
        var alternativeNames = new SubjectAlternativeNameBuilder();
        foreach (var name in names)
        {
            if (IPAddress.TryParse(name, out var address))
                alternativeNames.AddIpAddress(address);
            else
                alternativeNames.AddDnsName(name);
        }

        request.CertificateExtensions.Add(alternativeNames.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(authority, notBefore, notAfter, serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);
    }

    /// <summary>
    /// Writes a PEM bundle of the system's trusted authorities (<see cref="SystemBundlePath"/>,
    /// when present) followed by this authority, for a client's <c>SSL_CERT_FILE</c>.
    /// </summary>
    /// <param name="path">The file to write.</param>
    public void WriteTrustBundle(string path)
    {
        var system = File.Exists(SystemBundlePath) ? File.ReadAllText(SystemBundlePath) : "";
        if (system.Length > 0 && !system.EndsWith('\n'))
            system += "\n";
        File.WriteAllText(path, system + CertificatePem + "\n");
    }

    /// <summary>Drops the authority's private key.</summary>
    public void Dispose()
    {
        authority.Dispose();
        Certificate.Dispose();
    }
}
