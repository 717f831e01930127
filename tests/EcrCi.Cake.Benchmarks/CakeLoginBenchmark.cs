using System.Globalization;
using System.Text.RegularExpressions;
using EcrCi.Cake.Tests.CakeRuns;
using EcrCi.Testing;

namespace EcrCi.Cake.Benchmarks;

/// <summary>
/// Starts the emulator over TLS (trusted through the full system bundle plus the test
/// authority, as section 8 of the design asks) and a real registry, packs the addin, then
/// alternates <c>dotnet cake bench.cake --login=true</c> and <c>--login=false</c>.
/// </summary>
internal static partial class CakeLoginBenchmark
{
    private const string Account = "111111111111";

    public static async Task<int> RunAsync(int runs, bool readyToRun)
    {
        await DockerEngine.EnsureAvailableAsync();
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
        await using var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
        emulator.MapRegistry(Account, registry.Host);
        var work = Directory.CreateTempSubdirectory("ecr-cake-bench-");
        try
        {
            var bundle = Path.Combine(work.FullName, "trust.pem");
            emulator.CertificateAuthority!.WriteTrustBundle(bundle);
            var feed = await AddinFeed.PackAsync(work.FullName, $"AddinReadyToRun={(readyToRun ? "true" : "false")}");
            using var workspace = await CakeWorkspace.CreateAsync(feed);
            var environment = emulator.TlsClientVariables(bundle, Path.Combine(work.FullName, "docker"));

            // Warm-up: installs the addin into the workspace and fills the OS caches.
            await RunAsync(workspace, environment, login: true);
            await RunAsync(workspace, environment, login: false);

            var bare = new List<double>();
            var withLogin = new List<double>();
            var inScript = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                bare.Add((await RunAsync(workspace, environment, login: false)).Elapsed.TotalMilliseconds);
                var run = await RunAsync(workspace, environment, login: true);
                withLogin.Add(run.Elapsed.TotalMilliseconds);
                inScript.Add(double.Parse(Took().Match(run.Text).Groups[1].Value, CultureInfo.InvariantCulture));
            }

            Console.WriteLine($"dotnet cake bench.cake, {runs} runs each, one registry, emulator over TLS (system bundle + test CA), addin {(readyToRun ? "ReadyToRun (linux-x64)" : "IL only")}");
            var (bareRuns, loginRuns) = (new Samples(bare), new Samples(withLogin));
            Console.WriteLine("  " + bareRuns.Line("bare run (addin loaded, no EcrLogin):", 38, digits: 0));
            Console.WriteLine("  " + loginRuns.Line("run with EcrLogin:", 38, digits: 0));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"added by EcrLogin (medians):",-38} {loginRuns.Median - bareRuns.Median:0} ms"));
            Console.WriteLine("  " + new Samples(inScript).Line("EcrLogin inside the script:", 38));
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<ChildResult> RunAsync(CakeWorkspace workspace, Dictionary<string, string?> environment, bool login) =>
        (await workspace.RunCakeAsync("bench.cake", [$"--account={Account}", $"--login={(login ? "true" : "false")}"], environment))
            .EnsureSuccess($"dotnet cake bench.cake --login={login}");

    [GeneratedRegex(@"EcrLogin took ([0-9.]+) ms")]
    private static partial Regex Took();
}
