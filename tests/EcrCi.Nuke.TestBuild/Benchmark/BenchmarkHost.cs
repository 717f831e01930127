using System.Globalization;
using EcrCi.Testing;
using Serilog;

namespace EcrCi.Nuke.TestBuild.Benchmark;

/// <summary>
/// Starts the ECR emulator over TLS and three real registries, then runs this program again
/// (target BenchmarkMeasure) with only what a CI step would have: the standard AWS variables,
/// DOCKER_CONFIG, and SSL_CERT_FILE holding the system bundle plus the test authority (the
/// variable must be in the process's environment from its start for the TLS stack to read it).
/// </summary>
internal static class BenchmarkHost
{
    public static readonly string[] Accounts = ["111111111111", "222222222222", "333333333333"];

    public static void Run(int iterations) => Task.Run(() => RunAsync(iterations)).GetAwaiter().GetResult();

    private static async Task RunAsync(int iterations)
    {
        await DockerEngine.EnsureAvailableAsync();
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
        var registries = new List<LocalRegistry>();
        var work = Directory.CreateTempSubdirectory("ecr-nuke-bench-");
        try
        {
            foreach (var account in Accounts)
            {
                var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
                registries.Add(registry);
                emulator.MapRegistry(account, registry.Host);
            }

            var bundle = Path.Combine(work.FullName, "trust.pem");
            emulator.CertificateAuthority!.WriteTrustBundle(bundle);
            var start = SelfStart("BenchmarkMeasure", "--registries", string.Join(',', Accounts), "--iterations", iterations.ToString(CultureInfo.InvariantCulture)) with
            {
                Environment = new Dictionary<string, string?>(emulator.TlsClientVariables(bundle, Path.Combine(work.FullName, "docker"))) { ["ECR_TEST_LOG_FILE"] = null },
                Limit = TimeSpan.FromMinutes(30),
            };
            Log.Information("Emulator at {Endpoint}, registries at {Registries}", emulator.TlsEndpoint, registries.Select(r => r.Host));
            var child = await ProcessRunner.RunAsync(start);
            Console.Write(child.StandardOutput);
            Console.Error.Write(child.StandardError);
            if (child.ExitCode != 0)
            {
                throw new InvalidOperationException($"The measuring run exited with {child.ExitCode}.");
            }
        }
        finally
        {
            foreach (var registry in registries)
            {
                await registry.DisposeAsync();
            }

            work.Delete(recursive: true);
        }
    }

    /// <summary>This program again: through <c>dotnet</c> and the dll, or through its own launcher.</summary>
    private static ProcessRequest SelfStart(params string[] arguments)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        string[] self = string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase)
            ? [typeof(BenchmarkHost).Assembly.Location]
            : [];
        return new ProcessRequest(host, [.. self, .. arguments]);
    }
}
