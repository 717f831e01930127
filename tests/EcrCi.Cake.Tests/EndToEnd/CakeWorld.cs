using EcrCi.Cake.Tests.CakeRuns;
using EcrCi.Testing;

namespace EcrCi.Cake.Tests.EndToEnd;

/// <summary>
/// Everything a real <c>dotnet cake</c> run needs: the Docker engine, the ECR emulator (whose
/// caller account is <see cref="Account"/>), a real registry for that account, the addin packed
/// into a local feed, and a workspace with the scripts and the tool manifest.
/// </summary>
public sealed class CakeWorld : IAsyncLifetime
{
    public const string Account = "111111111111";
    public const string Region = "eu-west-1";

    private string feedFolder = null!;

    public EcrEmulator Emulator { get; private set; } = null!;

    public LocalRegistry Registry { get; private set; } = null!;

    public AddinFeed Feed { get; private set; } = null!;

    public CakeWorkspace Workspace { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await DockerEngine.EnsureAvailableAsync();
        Emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { DefaultAccountId = Account });
        Registry = await LocalRegistry.StartAsync("AWS", Emulator.Password);
        Emulator.MapRegistry(Account, Registry.Host);
        feedFolder = Directory.CreateTempSubdirectory("ecr-cake-feed-").FullName;
        Feed = await AddinFeed.PackAsync(feedFolder);
        Workspace = await CakeWorkspace.CreateAsync(Feed);
    }

    public async Task DisposeAsync()
    {
        Workspace?.Dispose();
        if (feedFolder is not null && Directory.Exists(feedFolder))
        {
            Directory.Delete(feedFolder, recursive: true);
        }

        if (Registry is not null)
        {
            await Registry.DisposeAsync();
        }

        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }

    /// <summary>
    /// The variables a CI job would set: the emulator reached only through AWS_ENDPOINT_URL_ECR,
    /// keys and region in the standard variables, a Docker config of the run's own; other AWS
    /// variables of the machine removed.
    /// </summary>
    public Dictionary<string, string?> Environment(string dockerConfig) => new(StringComparer.Ordinal)
    {
        ["AWS_ENDPOINT_URL_ECR"] = Emulator.Endpoint.ToString(),
        ["AWS_ACCESS_KEY_ID"] = Emulator.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = Emulator.SecretAccessKey,
        ["AWS_REGION"] = Region,
        ["DOCKER_CONFIG"] = dockerConfig,
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_PROFILE"] = null,
        ["AWS_DEFAULT_REGION"] = null,
        ["AWS_ENDPOINT_URL"] = null,
        ["AWS_ENDPOINT_URL_ECR_PUBLIC"] = null,
        ["DOCKER_EXE"] = null,
    };

    /// <summary>A fresh Docker config folder inside the workspace.</summary>
    public string NewDockerConfig() => Directory.CreateDirectory(Path.Combine(Workspace.Folder, "docker-" + Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>Fails with everything the run printed unless it exited with 0.</summary>
    public static void AssertSucceeded(ChildResult run) =>
        Assert.True(run.ExitCode == 0, $"dotnet cake exited with {run.ExitCode}:\n{run.Text}");

    /// <summary>Neither the registry password nor the base64 token (nor the secret key) is anywhere in the text.</summary>
    public void AssertNoSecret(string text, string where)
    {
        Assert.False(text.Contains(Emulator.Password, StringComparison.Ordinal), $"{where} holds the registry password");
        Assert.False(text.Contains(Emulator.AuthorizationToken, StringComparison.Ordinal), $"{where} holds the authorization token");
    }
}

[CollectionDefinition(Name)]
public sealed class CakeRunCollection : ICollectionFixture<CakeWorld>
{
    public const string Name = "real dotnet cake runs";
}
