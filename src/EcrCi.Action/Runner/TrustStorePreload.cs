using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EcrCi.Action.Runner;

/// <summary>
/// Loads the machine's trusted authorities on a worker thread while the step starts up, so that
/// the first HTTPS call to ECR finds them loaded. On Linux, reading the CA bundle is most of the
/// cost of that call; the store is the full one (nothing trimmed), only loaded earlier.
/// </summary>
internal static class TrustStorePreload
{
    /// <summary>Queues the load; failures are left for the HTTPS call itself to report.</summary>
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(static _ => Load(), null);

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
        catch (CryptographicException)
        {
            // No readable store: the TLS handshake will say so, with its own message.
        }
    }
}
