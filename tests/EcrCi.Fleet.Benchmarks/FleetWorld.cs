using EcrCi.Testing;

namespace EcrCi.Fleet.Benchmarks;

/// <summary>
/// The ECR emulator over HTTPS with ECR's token-bucket throttle (trusted through the system
/// bundle plus its test authority), and one real registry for the jobs that log in.
/// </summary>
internal sealed class FleetWorld : IAsyncDisposable
{
    public const string Account = "111111111111";

    private FleetWorld(EcrEmulator emulator, LocalRegistry registry, string trustBundle)
    {
        Emulator = emulator;
        Registry = registry;
        TrustBundle = trustBundle;
    }

    public EcrEmulator Emulator { get; }

    public LocalRegistry Registry { get; }

    public string TrustBundle { get; }

    public static async Task<FleetWorld> StartAsync()
    {
        await DockerEngine.EnsureAvailableAsync();
        var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
        var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
        emulator.MapRegistry(Account, registry.Host);
        var trustBundle = Path.Combine(Path.GetTempPath(), $"ecr-login-fleet-{Guid.NewGuid():N}.pem");
        emulator.CertificateAuthority!.WriteTrustBundle(trustBundle);
        return new FleetWorld(emulator, registry, trustBundle);
    }

    /// <summary>The variables every job has: the emulator, its trust, static keys, no instance metadata.</summary>
    public Dictionary<string, string?> BaseVariables(string home) => new(StringComparer.Ordinal)
    {
        ["HOME"] = home,
        ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin",
        ["AWS_ACCESS_KEY_ID"] = Emulator.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = Emulator.SecretAccessKey,
        ["AWS_REGION"] = "eu-west-1",
        ["AWS_ENDPOINT_URL_ECR"] = Emulator.TlsEndpoint!.ToString(),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["SSL_CERT_FILE"] = TrustBundle,
    };

    public async ValueTask DisposeAsync()
    {
        File.Delete(TrustBundle);
        await Registry.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
