using System.Runtime.InteropServices;

namespace EcrCi.Tls;

/// <summary>
/// On Linux, .NET builds every certificate chain (even one with its own trusted roots) after
/// loading and parsing the whole system store, the file <c>SSL_CERT_FILE</c> and every entry of
/// <c>SSL_CERT_DIR</c>, as the runtime's native layer reads them when it first needs them: most
/// of the cost of a cold HTTPS call. A process whose every HTTPS call validates through
/// <see cref="ServerCertificateValidator"/> (the suite's own executables, which opt in with the
/// runtime switch <see cref="Switch"/>) points those two native variables, before any chain is
/// built, at nothing, so the runtime's own check loads no certificate and the validator alone
/// decides, against the real store named by the variables the process was started with. The
/// managed environment, read before the change, and so every child process, keeps the real
/// values. A library in someone else's process (Nuke, Cake) never does this.
/// </summary>
internal static partial class RuntimeTrustStore
{
    /// <summary>The runtime switch (<c>RuntimeHostConfigurationOption</c>) of a process that owns its trust.</summary>
    public const string Switch = "EcrCi.Tls.ValidateEveryConnection";

    private static int detached;

    /// <summary>True once the runtime's own store was pointed at nothing in this process.</summary>
    public static bool Detached => Volatile.Read(ref detached) == 1;

    /// <summary>Detaches once, on Linux, when the process opted in; false when it did not (or could not).</summary>
    public static bool DetachIfOwned()
    {
        if (!OperatingSystem.IsLinux() || !AppContext.TryGetSwitch(Switch, out var owned) || !owned)
        {
            return false;
        }

        if (Interlocked.CompareExchange(ref detached, 1, 0) == 0)
        {
            // Read the managed copy of the environment first, so that it keeps the values the process started with.
            _ = Environment.GetEnvironmentVariable("SSL_CERT_FILE");
            if (SetEnvironment("SSL_CERT_FILE", "/dev/null", 1) != 0 || SetEnvironment("SSL_CERT_DIR", "", 1) != 0)
            {
                return false;
            }
        }

        return true;
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);
}
