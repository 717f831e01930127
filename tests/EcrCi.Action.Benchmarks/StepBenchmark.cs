using EcrCi.Testing;

namespace EcrCi.Action.Benchmarks;

/// <summary>
/// Runs the main step as the runner would (its INPUT_*, GITHUB_* and AWS variables, a fresh
/// HOME) and records the wall time of each whole process, start to exit.
/// </summary>
internal sealed class StepBenchmark : IDisposable
{
    private readonly string binary;
    private readonly Dictionary<string, string> variables;
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-action-bench-");
    private readonly List<double> milliseconds = [];

    public StepBenchmark(string binary, BenchmarkWorld world, IReadOnlyList<string> registries, bool bundleOnly)
    {
        this.binary = Path.GetFullPath(binary);
        var home = Directory.CreateDirectory(Path.Combine(folder.FullName, "home")).FullName;
        string File(string name)
        {
            var path = Path.Combine(folder.FullName, name);
            System.IO.File.Create(path).Dispose();
            return path;
        }

        variables = new Dictionary<string, string>
        {
            ["INPUT_REGISTRIES"] = string.Join(',', registries),
            ["INPUT_REGISTRY-TYPE"] = "private",
            ["INPUT_MASK-PASSWORD"] = "true",
            ["INPUT_SKIP-LOGOUT"] = "false",
            ["INPUT_EXPORT-DOCKER-CONFIG"] = "false",
            ["INPUT_RETRY-ATTEMPTS"] = "5",
            ["INPUT_ATTEMPT-TIMEOUT-SECONDS"] = "15",
            ["GITHUB_OUTPUT"] = File("output"),
            ["GITHUB_STATE"] = File("state"),
            ["GITHUB_ENV"] = File("env"),
            ["GITHUB_STEP_SUMMARY"] = File("summary"),
            ["GITHUB_ACTIONS"] = "true",
            ["CI"] = "true",
            ["HOME"] = home,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin",
            ["AWS_ACCESS_KEY_ID"] = world.Emulator.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = world.Emulator.SecretAccessKey,
            ["AWS_REGION"] = "eu-west-1",
            ["AWS_ENDPOINT_URL_ECR"] = world.Emulator.TlsEndpoint!.ToString(),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["SSL_CERT_FILE"] = world.TrustBundle,
        };
        if (bundleOnly)
        {
            variables["SSL_CERT_DIR"] = world.EmptyFolder;
        }
    }

    public Samples Samples => new(milliseconds);

    public async Task WarmUpAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await RunAsync();
        }
    }

    public async Task MeasureAsync() => milliseconds.Add(await RunAsync());

    public string Report(string name) => "  " + Samples.Line(name + ":", 16);

    public void Dispose() => folder.Delete(recursive: true);

    private async Task<double> RunAsync()
    {
        var step = await ProcessRunner.RunAsync(new ProcessRequest(binary, [])
        {
            Environment = variables.ToDictionary(v => v.Key, v => (string?)v.Value),
            ReplaceEnvironment = true,
        });
        if (step.ExitCode != 0)
        {
            throw new InvalidOperationException($"the step failed with {step.ExitCode}: {step.StandardOutput}{step.StandardError}");
        }

        return step.Elapsed.TotalMilliseconds;
    }
}
