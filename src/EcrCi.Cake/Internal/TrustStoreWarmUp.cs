using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cake.EcrCi.Internal;

/// <summary>
/// On Linux, .NET reads the whole system trust store (the bundle and every file of the
/// certificate folder) the first time it validates a server certificate, the largest part of a
/// first HTTPS token call. Loading it on a background thread as soon as an alias starts lets
/// that overlap the rest of the preparation (credentials, client set-up, JIT, connection).
/// Trust is untouched: the store and the validation are the runtime's own.
/// </summary>
internal static class TrustStoreWarmUp
{
    private static int started;

    /// <summary>Starts the load once per process, when the token call will use HTTPS on Linux.</summary>
    public static void StartFor(Uri endpoint)
    {
        if (!OperatingSystem.IsLinux() || endpoint.Scheme != Uri.UriSchemeHttps || Interlocked.Exchange(ref started, 1) == 1)
        {
            return;
        }

        new Thread(Load) { IsBackground = true, Name = "ECR trust store warm-up" }.Start();
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
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The real validation reports trust problems; this only saves time.
        }
    }
}
