using System.Security.Cryptography.X509Certificates;

namespace EcrCi.Tokens;

/// <summary>
/// On Linux, .NET reads and parses the whole system trust store (the bundle file and every
/// entry of the certificate folder) the first time it validates a server certificate: most of
/// the cost of a cold HTTPS token call. Starting that load on a background thread when a login
/// starts (or, with the token cache, when it misses) lets it overlap credential resolution and
/// the preparation of the call. The store and the validation are the runtime's own: nothing
/// about trust changes, and a warm cache never pays for it. A process whose runtime store is
/// detached (<see cref="Tls.RuntimeTrustStore"/>) has nothing to warm up.
/// </summary>
internal static class TrustStoreWarmUp
{
    private static int started;

    /// <summary>Starts the load once per process, for an HTTPS endpoint on Linux.</summary>
    public static void StartFor(Uri endpoint)
    {
        if (!OperatingSystem.IsLinux() || Tls.RuntimeTrustStore.Owned || endpoint.Scheme != Uri.UriSchemeHttps || Interlocked.Exchange(ref started, 1) == 1)
        {
            return;
        }

        new Thread(Load) { IsBackground = true, Name = "trust store warm-up" }.Start();
    }

    private static void Load()
    {
        try
        {
            using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            foreach (var certificate in store.Certificates)
            {
                certificate.Dispose();
            }
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The real validation reports trust problems; the warm-up only saves time.
        }
    }
}
