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
    /// <returns>The authority; dispose it to drop its key.</returns>
    public static TestCertificateAuthority Create(string name = "ecr-login test authority")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name} {RandomText.Create(8, RandomText.LowerAlphanumeric)}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        return new(request.CreateSelfSigned(now.AddHours(-1), now.AddDays(7)));
    }

    /// <summary>Issues a server certificate (with its private key) for host names and IP addresses.</summary>
    /// <param name="names">DNS names or IP addresses for the subject alternative name; <c>localhost</c> and <c>127.0.0.1</c> when empty.</param>
    /// <returns>The certificate with its private key.</returns>
    public X509Certificate2 IssueServerCertificate(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
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

        var now = DateTimeOffset.UtcNow;
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        // Never past the authority's own end, which was fixed when it was created (maybe a second ago).
        var notAfter = new DateTimeOffset(authority.NotAfter.ToUniversalTime());
        using var issued = request.Create(authority, now.AddHours(-1), now.AddDays(7) < notAfter ? now.AddDays(7) : notAfter, serial);
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
