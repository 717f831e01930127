using System.Text.Json.Nodes;
using Cake.Core;
using Cake.Core.IO;
using Path = System.IO.Path;
using Cake.EcrCi;
using EcrCi.Testing;

namespace EcrCi.Cake.Tests.Aliases;

public class LoginSpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    private static JsonObject? Auths(string dockerConfig) =>
        File.Exists(Path.Combine(dockerConfig, "config.json"))
            ? JsonNode.Parse(File.ReadAllText(Path.Combine(dockerConfig, "config.json")))!["auths"]?.AsObject()
            : null;

    [Fact]
    public async Task EcrLogin_logs_docker_in_so_that_a_push_succeeds()
    {
        var context = world.Context();
        var settings = world.Settings(EmulatorWorld.Account);
        settings.DockerConfig = new DirectoryPath("login-config");

        var login = context.EcrLogin(settings);

        var dockerConfig = Path.Combine(context.Environment.WorkingDirectory.FullPath, "login-config");
        var registry = Assert.Single(login.Registries);
        Assert.Equal(world.Registry.Host, registry.Host);
        Assert.Equal("docker", login.ContainerClient);
        Assert.Equal(dockerConfig, login.DockerConfig?.FullPath);
        Assert.True(Auths(dockerConfig)?.ContainsKey(world.Registry.Host));
        var image = $"{registry.Host}/cake/aliases:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        try
        {
            (await DockerEngine.RunAsync(["push", image], environment: new Dictionary<string, string?> { ["DOCKER_CONFIG"] = dockerConfig }))
                .EnsureSuccess($"docker push {image}");
        }
        finally
        {
            await DockerEngine.RunAsync(["rmi", image]);
        }
    }

    [Fact]
    public void EcrLogin_writes_to_the_DOCKER_CONFIG_of_Cakes_environment_and_logs_the_login()
    {
        var context = world.Context();

        var login = context.EcrLogin(world.Settings(EmulatorWorld.Account));

        var dockerConfig = context.Environment.GetEnvironmentVariable("DOCKER_CONFIG");
        Assert.Equal(dockerConfig, login.DockerConfig?.FullPath);
        Assert.True(Auths(dockerConfig)?.ContainsKey(world.Registry.Host));
        Assert.Contains($"Logged in to {world.Registry.Host} with docker", context.FakeLog.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.Password, context.FakeLog.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.Password, login.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EcrLogout_with_the_login_result_removes_the_registry_from_the_same_config()
    {
        var context = world.Context();
        var settings = world.Settings(EmulatorWorld.Account);
        settings.DockerConfig = new DirectoryPath("logout-config");
        var login = context.EcrLogin(settings);

        context.EcrLogout(login);

        Assert.False(Auths(login.DockerConfig!.FullPath)?.ContainsKey(world.Registry.Host) ?? false);
        Assert.Contains($"Logged out of {world.Registry.Host}", context.FakeLog.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void EcrLogout_accepts_a_registry_url()
    {
        var context = world.Context();
        context.EcrLogin(world.Settings(EmulatorWorld.Account));

        context.EcrLogout([$"http://{world.Registry.Host}/v2/"]);

        Assert.False(Auths(context.Environment.GetEnvironmentVariable("DOCKER_CONFIG"))?.ContainsKey(world.Registry.Host) ?? false);
    }

    [Fact]
    public void EcrLogout_turns_an_account_id_into_its_registry_host_in_the_region_of_Cakes_environment()
    {
        var context = world.Context(("AWS_REGION", "us-west-2"));

        context.EcrLogout(["210987654321"]);

        Assert.Contains("Logged out of 210987654321.dkr.ecr.us-west-2.amazonaws.com with docker", context.FakeLog.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_that_refuses_the_login_fails_with_a_CakeException_naming_it()
    {
        world.Emulator.MapRegistry("333333333333", "127.0.0.1:1");
        var settings = world.Settings("333333333333");
        settings.LoginTimeout = TimeSpan.FromSeconds(20);

        var error = Assert.Throws<CakeException>(() => world.Context().EcrLogin(settings));

        Assert.Contains("docker login 127.0.0.1:1 failed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.Password, error.ToString(), StringComparison.Ordinal);
    }
}
