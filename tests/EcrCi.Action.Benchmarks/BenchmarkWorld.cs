using EcrCi.Testing;

namespace EcrCi.Action.Benchmarks;

/// <summary>The ECR emulator over HTTPS (trusted through the system bundle plus its test authority) and two real registries.</summary>
internal sealed class BenchmarkWorld : IAsyncDisposable
{
    public const string FirstAccount = "111111111111";
    public const string SecondAccount = "222222222222";

    private BenchmarkWorld(EcrEmulator emulator, LocalRegistry first, LocalRegistry second, string trustBundle, string emptyFolder)
    {
        Emulator = emulator;
        First = first;
        Second = second;
        TrustBundle = trustBundle;
        EmptyFolder = emptyFolder;
    }

    public EcrEmulator Emulator { get; }

    public LocalRegistry First { get; }

    public LocalRegistry Second { get; }

    public string TrustBundle { get; }

    /// <summary>An empty certificate folder, so that only the bundle file is read (as in the image).</summary>
    public string EmptyFolder { get; }

    public static async Task<BenchmarkWorld> StartAsync()
    {
        await DockerEngine.EnsureAvailableAsync();
        var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
        var first = await LocalRegistry.StartAsync("AWS", emulator.Password);
        var second = await LocalRegistry.StartAsync("AWS", emulator.Password);
        emulator.MapRegistry(FirstAccount, first.Host);
        emulator.MapRegistry(SecondAccount, second.Host);
        var trustBundle = Path.Combine(Path.GetTempPath(), $"ecr-login-action-bench-{Guid.NewGuid():N}.pem");
        emulator.CertificateAuthority!.WriteTrustBundle(trustBundle);
        var empty = Directory.CreateTempSubdirectory("ecr-login-action-bench-certs-").FullName;
        return new BenchmarkWorld(emulator, first, second, trustBundle, empty);
    }

    public async ValueTask DisposeAsync()
    {
        File.Delete(TrustBundle);
        Directory.Delete(EmptyFolder);
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
