using EcrCi.Testing;

namespace EcrCi.Build.Demo;

/// <summary>
/// The bundled parts the demo runs against: the ECR emulator and a real registry for one
/// account. Front ends reach the emulator only through the standard AWS variables.
/// </summary>
internal sealed class DemoWorld(EcrEmulator emulator, LocalRegistry registry, string folder) : IAsyncDisposable
{
    public const string Account = "123456789012";
    public const string Region = "eu-west-1";

    public EcrEmulator Emulator => emulator;

    public string RegistryHost => registry.Host;

    public static async Task<DemoWorld> StartAsync()
    {
        var emulator = await EcrEmulator.StartAsync();
        var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
        emulator.MapRegistry(Account, registry.Host);
        return new DemoWorld(emulator, registry, Directory.CreateTempSubdirectory("ecr-login-demo-").FullName);
    }

    /// <summary>A folder of the demo's own (removed at the end).</summary>
    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(folder, name)).FullName;

    /// <summary>The variables a CI job would set: keys, region, and the endpoint override.</summary>
    public Dictionary<string, string> AwsVariables() => new()
    {
        ["AWS_ENDPOINT_URL_ECR"] = emulator.Endpoint.ToString(),
        ["AWS_ACCESS_KEY_ID"] = emulator.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = emulator.SecretAccessKey,
        ["AWS_REGION"] = Region,
        ["AWS_EC2_METADATA_DISABLED"] = "true",
    };

    /// <summary>Imports a fresh image and pushes it with the given Docker config: the proof that a login worked.</summary>
    public async Task<string> PushAsync(string dockerConfig, string repository)
    {
        var image = $"{registry.Host}/demo/{repository}:latest";
        await DockerEngine.ImportTestImageAsync(image);
        var push = await DockerEngine.RunAsync(["push", image], environment: new Dictionary<string, string?> { ["DOCKER_CONFIG"] = dockerConfig });
        await DockerEngine.RunAsync(["rmi", image]);
        return push.Succeeded ? "ok" : "FAILED: " + push.StandardError.Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await registry.DisposeAsync();
        await emulator.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
