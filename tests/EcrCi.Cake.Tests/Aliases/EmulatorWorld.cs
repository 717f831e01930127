using Amazon.Runtime;
using Cake.EcrCi;
using EcrCi.Cake.Tests.Fakes;
using EcrCi.Testing;

namespace EcrCi.Cake.Tests.Aliases;

/// <summary>
/// An ECR emulator, and Cake contexts whose environment reaches it only through the standard
/// variables (AWS_ENDPOINT_URL_ECR, AWS_REGION), as a real Cake run would.
/// </summary>
public class EmulatorWorld : IAsyncLifetime
{
    public const string Region = "eu-west-1";
    public const string Account = "111111111111";

    private readonly List<string> folders = [];

    public EcrEmulator Emulator { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Emulator = await EcrEmulator.StartAsync();

    public virtual async Task DisposeAsync()
    {
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }

        foreach (var folder in folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>A context with its own empty working directory, the emulator's endpoint and the region in its environment.</summary>
    public FakeCakeContext Context(params (string Name, string? Value)[] extra)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("ecr-cake-work-").FullName;
        lock (folders)
        {
            folders.Add(workingDirectory);
        }

        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AWS_ENDPOINT_URL_ECR"] = Emulator.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_ECR_PUBLIC"] = Emulator.Endpoint.ToString(),
            ["AWS_REGION"] = Region,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH"),
            ["HOME"] = Environment.GetEnvironmentVariable("HOME"),
            ["DOCKER_CONFIG"] = Path.Combine(workingDirectory, "docker-config"),
        };
        foreach (var (name, value) in extra)
        {
            variables[name] = value;
        }

        return new FakeCakeContext(new FakeCakeEnvironment(workingDirectory, variables), new FakeCakeLog());
    }

    /// <summary>Settings with quick retries and no credentials (for an assumed role).</summary>
    public static EcrLoginSettings QuickSettings(params string[] registries)
    {
        var settings = new EcrLoginSettings { RetryBaseDelay = TimeSpan.FromMilliseconds(10), RetryMaxDelay = TimeSpan.FromMilliseconds(100) };
        foreach (var registry in registries)
        {
            settings.Registries.Add(registry);
        }

        return settings;
    }

    /// <summary>Settings with the emulator's keys (AWS's credential chain reads the process, not Cake's environment) and quick retries.</summary>
    public EcrLoginSettings Settings(params string[] registries)
    {
        var settings = QuickSettings(registries);
        settings.Credentials = new BasicAWSCredentials(Emulator.AccessKeyId, Emulator.SecretAccessKey);
        return settings;
    }
}

/// <summary>The emulator plus the Docker engine and a real registry that accepts the emulator's password for <see cref="EmulatorWorld.Account"/>.</summary>
public sealed class RegistryWorld : EmulatorWorld
{
    public LocalRegistry Registry { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await DockerEngine.EnsureAvailableAsync();
        await base.InitializeAsync();
        Registry = await LocalRegistry.StartAsync("AWS", Emulator.Password);
        Emulator.MapRegistry(Account, Registry.Host);
    }

    public override async Task DisposeAsync()
    {
        if (Registry is not null)
        {
            await Registry.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
