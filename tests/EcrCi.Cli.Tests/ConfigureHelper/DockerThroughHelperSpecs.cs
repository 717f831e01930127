using System.Text.Json.Nodes;
using EcrCi.Cli.Tests.Infrastructure;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.ConfigureHelper;

[Collection(CliCollection.Name)]
public class DockerThroughHelperSpecs(CliWorld world)
{
    [Fact]
    public async Task Docker_pushes_and_pulls_with_no_login_by_asking_the_helper_and_stores_no_token()
    {
        using var sandbox = world.NewSandbox();
        var image = $"{world.First.Host}/ecr-login/helper:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        var calls = world.Emulator.PrivateCalls;

        (await sandbox.RunAsync("configure-helper", "--alias", world.FirstAlias)).EnsureSuccess("ecr-login configure-helper");
        try
        {
            (await sandbox.DockerAsync("push", image)).EnsureSuccess($"docker push {image}");
            (await DockerEngine.RunAsync(["rmi", image])).EnsureSuccess($"docker rmi {image}");
            (await sandbox.DockerAsync("pull", image)).EnsureSuccess($"docker pull {image}");
        }
        finally
        {
            await DockerEngine.RunAsync(["rmi", image]);
        }

        var configText = File.ReadAllText(sandbox.DockerConfigFile);
        var config = JsonNode.Parse(configText)!.AsObject();
        Assert.Equal("ecr-login-ci", config["credHelpers"]![world.First.Host]!.GetValue<string>());
        Assert.DoesNotContain(world.Emulator.Password, configText, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.AuthorizationToken, configText, StringComparison.Ordinal);
        Assert.True(config["auths"] is null || config["auths"]!.AsObject().All(e => e.Value!["auth"] is null));
        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
    }

    [Fact]
    public async Task Without_the_helper_the_same_push_is_refused()
    {
        using var sandbox = world.NewSandbox();
        var image = $"{world.First.Host}/ecr-login/refused:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        try
        {
            var push = await sandbox.DockerAsync("push", image);

            Assert.NotEqual(0, push.ExitCode);
            Assert.Contains("no basic auth credentials", push.StandardError + push.StandardOutput, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await DockerEngine.RunAsync(["rmi", image]);
        }
    }

    [Fact]
    public async Task As_creds_store_a_docker_login_to_a_registry_it_does_not_serve_fails_instead_of_losing_the_credential()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.DockerConfig);
        File.WriteAllText(sandbox.DockerConfigFile, """{"credsStore":"ecr-login-ci"}""");

        var login = await DockerEngine.RunAsync(
            ["login", "--username", "AWS", "--password-stdin", world.Second.Host], world.Emulator.Password, new Dictionary<string, string?>(sandbox.Environment()));

        Assert.NotEqual(0, login.ExitCode);
        Assert.Contains("is not an Amazon ECR registry or an alias of one", login.StandardError + login.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.Password, File.ReadAllText(sandbox.DockerConfigFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_go_helpers_cache_folder_variable_is_used_when_ours_is_unset()
    {
        using var sandbox = world.NewSandbox();
        var shared = Path.Combine(sandbox.Root, "shared-cache");
        sandbox.Variables["ECR_LOGIN_CACHE_DIR"] = null;
        sandbox.Variables["AWS_ECR_CACHE_DIR"] = shared;
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        Assert.Equal(0, (await sandbox.HelperAsync("get", world.First.Host)).ExitCode);

        Assert.True(File.Exists(Path.Combine(shared, "tokens.json")));
    }
}
