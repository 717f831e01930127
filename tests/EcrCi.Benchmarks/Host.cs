using EcrCi.Testing;

namespace EcrCi.Benchmarks;

/// <summary>Starts the real parts and runs the measuring child against them.</summary>
internal static class Host
{
    public static readonly string[] Accounts = ["111111111111", "222222222222", "333333333333"];

    public static async Task<int> RunAsync(int iterations)
    {
        await DockerEngine.EnsureAvailableAsync();
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
        var registries = new List<LocalRegistry>();
        try
        {
            foreach (var account in Accounts)
            {
                var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
                registries.Add(registry);
                emulator.MapRegistry(account, registry.Host);
            }

            var work = Directory.CreateTempSubdirectory("ecr-login-bench-");
            var bundle = Path.Combine(work.FullName, "trust.pem");
            emulator.CertificateAuthority!.WriteTrustBundle(bundle);
            string[] self = Environment.ProcessPath!.EndsWith("EcrCi.Benchmarks", StringComparison.Ordinal) ? [] : [typeof(Host).Assembly.Location];
            var child = await ProcessRunner.RunAsync(new ProcessRequest(Environment.ProcessPath!, [.. self, "measure", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            {
                Environment = emulator.TlsClientVariables(bundle, Path.Combine(work.FullName, "docker")),
                Limit = TimeSpan.FromMinutes(30),
            });
            Console.Write(child.StandardOutput);
            Console.Error.Write(child.StandardError);
            work.Delete(recursive: true);
            return child.ExitCode;
        }
        finally
        {
            foreach (var registry in registries)
            {
                await registry.DisposeAsync();
            }
        }
    }
}
