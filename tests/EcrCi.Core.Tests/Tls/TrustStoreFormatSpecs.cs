using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Tls;

namespace EcrCi.Tests.Tls;

public class TrustStoreFormatSpecs
{
    [Fact]
    public void The_subject_hash_names_every_entry_of_the_systems_hashed_folder()
    {
        var entries = Directory.Exists("/etc/ssl/certs") ? Directory.GetFiles("/etc/ssl/certs", "*.0") : [];
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            using var certificate = X509CertificateLoader.LoadCertificateFromFile(entry);
            Assert.Equal(Path.GetFileNameWithoutExtension(entry), SubjectNameHash.Of(certificate.SubjectName.RawData));
        }
    }

    [Fact]
    public void The_subject_read_from_a_bundle_is_the_certificates_own()
    {
        var bundle = PemCertificates.Read(Testing.TestCertificateAuthority.SystemBundlePath).Take(20).ToList();
        Assert.NotEmpty(bundle);
        foreach (var der in bundle)
        {
            using var certificate = X509CertificateLoader.LoadCertificate(der);
            Assert.Equal(certificate.SubjectName.RawData, PemCertificates.Subject(der)!.Value.ToArray());
        }
    }

    [Fact]
    public void SSL_CERT_FILE_and_SSL_CERT_DIR_name_the_store_and_AWS_CA_BUNDLE_alone_replaces_it()
    {
        var variables = new Dictionary<string, string> { ["SSL_CERT_FILE"] = "/x/bundle.pem", ["SSL_CERT_DIR"] = "/x/a:/x/b" };
        Assert.Equal("/x/bundle.pem", Of(variables).BundleFile);
        Assert.Equal(["/x/a", "/x/b"], Of(variables).Folders);

        variables["AWS_CA_BUNDLE"] = "/y/aws.pem";
        Assert.Equal("/x/bundle.pem", Of(variables).BundleFile);

        variables.Remove("SSL_CERT_FILE");
        Assert.Equal("/y/aws.pem", Of(variables).BundleFile);
        Assert.Empty(Of(variables).Folders);
    }

    [Fact]
    public void The_managed_SHA256_gives_the_platforms_digests()
    {
        foreach (var length in Enumerable.Range(0, 140).Append(1000))
        {
            var data = RandomNumberGenerator.GetBytes(length);
            Assert.Equal(SHA256.HashData(data), Sha256.HashData(data));
        }
    }

    private static TrustStoreLocation Of(Dictionary<string, string> variables) =>
        TrustStoreLocation.For(new AwsEnvironment(name => variables.GetValueOrDefault(name)));
}
