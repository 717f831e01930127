using Amazon.Runtime;
using EcrCi.Aws;
using EcrCi.Logging;
using EcrCi.Testing;

namespace EcrCi.Build;

/// <summary>
/// Runs the main job against the bundled parts: the ECR emulator (reached through
/// AWS_ENDPOINT_URL_ECR, as any endpoint override), a real registry and the Docker engine.
/// </summary>
internal static class DemoTarget
{
    private const string Account = "123456789012";
    private const string Region = "eu-west-1";

    public static async Task<int> RunAsync()
    {
        if (!await Machine.PrepareAsync())
        {
            return 1;
        }

        await using var emulator = await EcrEmulator.StartAsync();
        await using var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
        emulator.MapRegistry(Account, registry.Host);
        var config = Directory.CreateTempSubdirectory("ecr-login-demo-").FullName;
        Console.WriteLine($"ECR emulator at {emulator.Endpoint}, registry for account {Account} at {registry.Host}");

        try
        {
            var result = await EcrLogin.LoginAsync(new EcrLoginOptions
            {
                Registries = [Account],
                Region = Region,
                Credentials = new BasicAWSCredentials(emulator.AccessKeyId, emulator.SecretAccessKey),
                DockerConfig = config,
                Logger = new ConsoleLogger(),
                Environment = new AwsEnvironment(name => name == "AWS_ENDPOINT_URL_ECR" ? emulator.Endpoint.ToString() : Environment.GetEnvironmentVariable(name)),
            });

            var token = result.Tokens[0];
            var image = $"{token.Host}/demo/hello:latest";
            await DockerEngine.ImportTestImageAsync(image);
            var push = await DockerEngine.RunAsync(["push", image], environment: new Dictionary<string, string?> { ["DOCKER_CONFIG"] = config });
            await DockerEngine.RunAsync(["rmi", image]);
            Console.WriteLine();
            Console.WriteLine($"core      registry {token.Host}  expires {token.ExpiresAt:u}  password {token.Password}  push {(push.Succeeded ? "ok" : "FAILED: " + push.StandardError.Trim())}");
            return push.Succeeded ? 0 : 1;
        }
        finally
        {
            Directory.Delete(config, recursive: true);
        }
    }

    private sealed class ConsoleLogger : IEcrLogger
    {
        public void Log(EcrLogEvent logEvent) => Console.WriteLine($"  [{logEvent.Level}] {logEvent.Render()}");
    }
}
