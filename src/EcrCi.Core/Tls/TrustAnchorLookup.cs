using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EcrCi.Tls;

/// <summary>
/// Finds certificates in a <see cref="TrustStoreLocation"/>: the few roots whose subject is an
/// issuer the server named (by subject hash in the hashed folders, OpenSSL's own lookup, then
/// by subject in the bundle, parsing only the matches), or, for the full validation, all of it.
/// </summary>
internal static class TrustAnchorLookup
{
    /// <summary>The self-signed certificates of the store whose subject is one of <paramref name="issuers"/>.</summary>
    public static X509Certificate2Collection Find(TrustStoreLocation store, IReadOnlyCollection<ReadOnlyMemory<byte>> issuers)
    {
        var found = new X509Certificate2Collection();
        foreach (var issuer in issuers)
        {
            if (SubjectNameHash.Of(issuer) is not { } hash)
            {
                continue;
            }

            foreach (var folder in store.Folders)
            {
                for (var index = 0; File.Exists(Path.Combine(folder, $"{hash}.{index}")); index++)
                {
                    AddMatches(found, PemCertificates.Read(Path.Combine(folder, $"{hash}.{index}")), issuers);
                }
            }
        }

        if (found.Count == 0 && store.BundleFile is { } bundle)
        {
            AddMatches(found, PemCertificates.Read(bundle), issuers);
        }

        return found;
    }

    /// <summary>Every certificate of the store: the bundle, then each file of each folder (what the platform loads).</summary>
    public static X509Certificate2Collection All(TrustStoreLocation store)
    {
        var all = new X509Certificate2Collection();
        var files = store.Folders.Where(Directory.Exists).SelectMany(Directory.EnumerateFiles);
        foreach (var der in (store.BundleFile is { } bundle ? [bundle] : Enumerable.Empty<string>()).Concat(files).SelectMany(PemCertificates.Read))
        {
            if (Load(der) is { } certificate)
            {
                all.Add(certificate);
            }
        }

        return all;
    }

    private static void AddMatches(X509Certificate2Collection found, IEnumerable<byte[]> certificates, IReadOnlyCollection<ReadOnlyMemory<byte>> issuers)
    {
        foreach (var der in certificates)
        {
            if (PemCertificates.Subject(der) is { } subject && issuers.Any(issuer => issuer.Span.SequenceEqual(subject.Span))
                && Load(der) is { } certificate)
            {
                if (certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData) && !found.Contains(certificate))
                {
                    found.Add(certificate);
                }
                else
                {
                    certificate.Dispose();
                }
            }
        }
    }

    private static X509Certificate2? Load(byte[] der)
    {
        try
        {
            return X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
