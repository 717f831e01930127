using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Infrastructure;

/// <summary>
/// One test's own folders (home, token cache, Docker config, a bin folder with the helper link)
/// and the exact environment the CLI sees: the standard AWS variables pointing at the emulator,
/// nothing inherited that could reach a real AWS account or the machine's own Docker config.
/// </summary>
public sealed class Sandbox : IDisposable
{
    private static readonly string[] Inherited = ["PATH", "DOTNET_ROOT", "TMPDIR", "LANG", "DOCKER_HOST"];
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("ecr-login-cli-test-");

    public Sandbox(EcrEmulator emulator)
    {
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Bin);
        File.CreateSymbolicLink(HelperPath, CliBinary.AppHost);
        Variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AWS_ENDPOINT_URL_ECR"] = emulator.Endpoint.ToString(),
            ["AWS_ACCESS_KEY_ID"] = emulator.AccessKeyId,
            ["AWS_SECRET_ACCESS_KEY"] = emulator.SecretAccessKey,
            ["AWS_REGION"] = CliWorld.Region,
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_CONFIG_FILE"] = Path.Combine(Home, ".aws", "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(Home, ".aws", "credentials"),
            ["HOME"] = Home,
            ["ECR_LOGIN_CACHE_DIR"] = CacheDirectory,
            ["DOCKER_CONFIG"] = DockerConfig,
            ["PATH"] = Bin + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH"),
        };
    }

    public string Root => root.FullName;

    public string Home => Path.Combine(Root, "home");

    public string Bin => Path.Combine(Root, "bin");

    public string CacheDirectory => Path.Combine(Root, "cache");

    public string CacheFile => Path.Combine(CacheDirectory, "tokens.json");

    public string DockerConfig => Path.Combine(Root, "docker");

    public string DockerConfigFile => Path.Combine(DockerConfig, "config.json");

    /// <summary>The helper as Docker finds it: a link named docker-credential-ecr-login-ci to the apphost.</summary>
    public string HelperPath => Path.Combine(Bin, "docker-credential-ecr-login-ci");

    /// <summary>The variables set for every process; change them per test.</summary>
    public Dictionary<string, string?> Variables { get; }

    /// <summary>The full environment of a child: only <see cref="Inherited"/> variables of this process, plus <see cref="Variables"/>.</summary>
    public IReadOnlyDictionary<string, string?> Environment()
    {
        var environment = System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => !Inherited.Contains(name, StringComparer.Ordinal))
            .ToDictionary(name => name, _ => (string?)null, StringComparer.Ordinal);
        foreach (var (name, value) in Variables)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>Runs <c>ecr-login ARGS</c>.</summary>
    public Task<CommandResult> RunAsync(params string[] arguments) => CliProcess.RunAsync(CliBinary.AppHost, arguments, Environment());

    /// <summary>Runs <c>ecr-login ARGS</c> with standard input.</summary>
    public Task<CommandResult> RunWithInputAsync(string input, params string[] arguments) => CliProcess.RunAsync(CliBinary.AppHost, arguments, Environment(), input);

    /// <summary>Runs the helper link, as Docker does: <c>docker-credential-ecr-login-ci ACTION</c> with input on stdin.</summary>
    public Task<CommandResult> HelperAsync(string action, string input) => CliProcess.RunAsync(HelperPath, [action], Environment(), input);

    /// <summary>Runs <c>docker ARGS</c> with this sandbox's environment (its PATH holds the helper link).</summary>
    public Task<CommandResult> DockerAsync(params string[] arguments) => DockerEngine.RunAsync(arguments, environment: new Dictionary<string, string?>(Environment()));

    public void Dispose()
    {
        try
        {
            root.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
