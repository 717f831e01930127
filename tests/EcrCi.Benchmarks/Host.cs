using System.Diagnostics;
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
            var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
            if (!Environment.ProcessPath!.EndsWith("EcrCi.Benchmarks", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(typeof(Host).Assembly.Location);
            }

            start.ArgumentList.Add("measure");
            start.ArgumentList.Add(iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.Environment["SSL_CERT_FILE"] = bundle;
            start.Environment["AWS_ENDPOINT_URL_ECR"] = emulator.TlsEndpoint!.ToString();
            start.Environment["AWS_ACCESS_KEY_ID"] = emulator.AccessKeyId;
            start.Environment["AWS_SECRET_ACCESS_KEY"] = emulator.SecretAccessKey;
            start.Environment["AWS_REGION"] = "eu-west-1";
            start.Environment["DOCKER_CONFIG"] = Path.Combine(work.FullName, "docker");
            using var child = Process.Start(start)!;
            await child.WaitForExitAsync();
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
