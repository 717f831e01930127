using System.Runtime.InteropServices;

namespace EcrCi.Tls;

/// <summary>
/// On Linux, .NET builds every certificate chain (even one with its own trusted roots) after
/// loading and parsing the whole system store, the file <c>SSL_CERT_FILE</c> and every entry of
/// <c>SSL_CERT_DIR</c>, as the runtime's native layer reads them when it first needs them: most
/// of the cost of a cold HTTPS call. A process whose every HTTPS call validates through
/// <see cref="ServerCertificateValidator"/> (the suite's own executables, which opt in with the
/// runtime switch <see cref="Switch"/>) points those two native variables at nothing, makes
/// the runtime read them (it reads the store's location once per process, when it first builds
/// a chain), and puts them back at once: the runtime's own check then loads no certificate and
/// the validator alone decides, against the real store; everything else in the process, and
/// every child process (a container client, a credential_process, a credential helper), sees
/// the variables the process was started with. Were the runtime to read the location again,
/// it would read the real store: slower, never weaker. A library in someone else's process
/// (Nuke, Cake) never does this.
/// </summary>
internal static partial class RuntimeTrustStore
{
    /// <summary>The runtime switch (<c>RuntimeHostConfigurationOption</c>) of a process that owns its trust.</summary>
    public const string Switch = "EcrCi.Tls.ValidateEveryConnection";

    private static readonly Lock Gate = new();
    private static bool detached;

    /// <summary>True in a process that owns its trust (the switch is on, on Linux): its store is, or will be, detached.</summary>
    public static bool Owned => OperatingSystem.IsLinux() && AppContext.TryGetSwitch(Switch, out var owned) && owned;


    /// <summary>Detaches once, on Linux, when the process opted in; false when it did not (or could not).</summary>
    public static bool DetachIfOwned()
    {
        if (!Owned)
        {
            return false;
        }

        // Every connection waits here until the variables are back: glibc's setenv must not race a
        // getenv (a host name lookup) on another thread.
        lock (Gate)
        {
            if (detached)
            {
                return true;
            }

            detached = true;
            var file = Environment.GetEnvironmentVariable("SSL_CERT_FILE");
            var folders = Environment.GetEnvironmentVariable("SSL_CERT_DIR");
            try
            {
                if (SetEnvironment("SSL_CERT_FILE", "/dev/null", 1) == 0 && SetEnvironment("SSL_CERT_DIR", "", 1) == 0)
                {
                    LoadRuntimeStore();
                }
            }
            finally
            {
                Restore("SSL_CERT_FILE", file);
                Restore("SSL_CERT_DIR", folders);
            }
        }

        return true;
    }

    /// <summary>Builds one chain, which makes the runtime read the store's location now (a throwaway self-signed certificate, trusted by nothing).</summary>
    private static void LoadRuntimeStore()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=ecr-login trust probe", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        using var chain = new System.Security.Cryptography.X509Certificates.X509Chain();
        chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
        _ = chain.Build(certificate);
    }

    private static void Restore(string name, string? value)
    {
        _ = value is null ? UnsetEnvironment(name) : SetEnvironment(name, value, 1);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "unsetenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnsetEnvironment(string name);
}
