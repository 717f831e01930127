using EcrCi.Aws;

namespace EcrCi.Tls;

/// <summary>
/// Where the system trust store of this process lives, as OpenSSL (and so .NET on Linux) reads
/// it: a bundle file and hashed certificate folders. <c>SSL_CERT_FILE</c> and <c>SSL_CERT_DIR</c>
/// (folders separated by <c>:</c>) name it, each falling back to the distribution's default.
/// <c>AWS_CA_BUNDLE</c>, as in the AWS CLI and SDKs, replaces the whole store with its bundle,
/// unless <c>SSL_CERT_FILE</c> is set too: then the process's own OpenSSL setting, the one the
/// platform's validation reads, wins (hosts that export both for every tool, as some images do,
/// keep what OpenSSL trusts). Read anew for each validation: a root removed since is not trusted.
/// </summary>
/// <param name="BundleFile">The PEM bundle, or null for none.</param>
/// <param name="Folders">The hashed folders (<c>subject_hash.N</c> entries), maybe none.</param>
internal sealed record TrustStoreLocation(string? BundleFile, IReadOnlyList<string> Folders)
{
    private static readonly string[] DefaultBundles = ["/usr/lib/ssl/cert.pem", "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/cert.pem", "/etc/ssl/cert.pem"];
    private static readonly string[] DefaultFolders = ["/usr/lib/ssl/certs", "/etc/ssl/certs", "/etc/pki/tls/certs"];

    /// <summary>The store the variables name (see the type's summary).</summary>
    public static TrustStoreLocation For(AwsEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (NamedByAwsCaBundle(environment))
        {
            return new(Path.GetFullPath(environment.Get("AWS_CA_BUNDLE")!), []);
        }

        var bundle = environment.Get("SSL_CERT_FILE") is { } file ? Path.GetFullPath(file) : DefaultBundles.FirstOrDefault(File.Exists);
        IReadOnlyList<string> folders = environment.Get("SSL_CERT_DIR") is { } dirs
            ? [.. dirs.Split(':', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFullPath)]
            : DefaultFolders.Where(Directory.Exists).Take(1).ToArray();
        return new(bundle, folders);
    }

    /// <summary>True when the bundle file or a folder exists: the store can be read at all.</summary>
    /// <summary>True when <c>AWS_CA_BUNDLE</c> names the store (no <c>SSL_CERT_FILE</c>): the runtime would not read it, so the validator must.</summary>
    public static bool NamedByAwsCaBundle(AwsEnvironment environment) =>
        environment.Get("AWS_CA_BUNDLE") is { Length: > 0 } && environment.Get("SSL_CERT_FILE") is null;

    public bool Exists => (BundleFile is not null && File.Exists(BundleFile)) || Folders.Any(Directory.Exists);
}
