using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.World;

/// <summary>
/// One run of the test build: its own Docker config folder and log file, the emulator reached
/// only through the standard AWS variables, and every process watched for secrets meanwhile.
/// </summary>
public sealed class BuildRun : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-nuke-e2e-");

    public string DockerConfig => Path.Combine(folder.FullName, "docker");

    public string LogFile => Path.Combine(folder.FullName, "build.log");

    public CommandResult Result { get; private set; } = new(-1, string.Empty, string.Empty);

    public string Log { get; private set; } = string.Empty;

    public ProcessWatcher.Report Watch { get; private set; } = new(0, []);

    /// <summary>Standard output, standard error and the captured log together.</summary>
    public string Everything => string.Join('\n', Result.StandardOutput, Result.StandardError, Log);

    public Task<BuildRun> RunAsync(NukeWorld world, string target, params string[] arguments) =>
        RunAsync(world, new Dictionary<string, string?>(), target, arguments);

    /// <summary>Runs a target with some variables changed from the standard set (null removes one).</summary>
    public async Task<BuildRun> RunAsync(NukeWorld world, IReadOnlyDictionary<string, string?> changes, string target, params string[] arguments)
    {
        var environment = world.AwsVariables();
        foreach (var (name, value) in changes)
        {
            environment[name] = value;
        }

        environment["DOCKER_CONFIG"] = DockerConfig;
        environment["ECR_TEST_LOG_FILE"] = LogFile;
        foreach (var parameter in (string[])["REGISTRIES", "REGION", "CLIENT", "IMAGE", "ITERATIONS", "LOG_FILE", "ROLE", "TOKEN_FILE"])
        {
            environment[parameter] = null;
        }

        (Result, Watch) = await ProcessWatcher.WatchAsync(() => world.Program.RunAsync(target, arguments, environment), ProgramSighting(world), world.Secrets);
        Log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : string.Empty;
        return this;
    }

    private static Func<string, bool> ProgramSighting(NukeWorld world)
    {
        var program = Path.GetFileName(world.Program.Dll);
        return commandLine => commandLine.Contains(program, StringComparison.Ordinal);
    }

    /// <summary>Runs docker with this run's config folder.</summary>
    public Task<CommandResult> DockerAsync(params string[] arguments) =>
        DockerEngine.RunAsync(arguments, environment: new Dictionary<string, string?> { ["DOCKER_CONFIG"] = DockerConfig });

    public void AssertSucceeded() =>
        Assert.True(Result.ExitCode == 0, $"the build exited with {Result.ExitCode}\nstdout:\n{Result.StandardOutput}\nstderr:\n{Result.StandardError}");

    /// <summary>No output, log event, property or process (command line, environment) showed the password or the token.</summary>
    public void AssertNoSecretShown(NukeWorld world)
    {
        Assert.True(Watch.Sightings > 0, "the process watcher never saw the build running");
        Assert.Empty(Watch.Leaks);
        foreach (var secret in world.Secrets)
        {
            Assert.DoesNotContain(secret, Everything, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
