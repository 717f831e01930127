using System.Text.Json.Nodes;
using EcrCi.Cli.Tests.Infrastructure;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public class LoginSpecs(CliWorld world)
{
    private static JsonObject Auths(Sandbox sandbox) => JsonNode.Parse(File.ReadAllText(sandbox.DockerConfigFile))!["auths"]!.AsObject();

    [Fact]
    public async Task Login_logs_docker_in_prints_the_host_and_docker_can_push()
    {
        using var sandbox = world.NewSandbox();
        var image = $"{world.First.Host}/ecr-login/cli:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);

        var result = await sandbox.RunAsync("login", CliWorld.FirstAccount, "--region", CliWorld.Region);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(world.First.Host, result.StandardOutput.Trim());
        Assert.Contains($"Logged in to {world.First.Host} with docker", result.StandardError, StringComparison.Ordinal);
        Assert.True(Auths(sandbox).ContainsKey(world.First.Host));
        try
        {
            (await sandbox.DockerAsync("push", image)).EnsureSuccess($"docker push {image}");
        }
        finally
        {
            await DockerEngine.RunAsync(["rmi", image]);
        }
    }

    [Fact]
    public async Task A_repeated_login_with_a_warm_cache_skips_the_container_client_entirely()
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.PrivateCalls;
        Assert.Equal(0, (await sandbox.RunAsync("login", CliWorld.FirstAccount)).ExitCode);
        var config = File.ReadAllBytes(sandbox.DockerConfigFile);

        // A client that always fails proves that the second login never runs it.
        sandbox.Variables["DOCKER_EXE"] = "/bin/false";
        var again = await sandbox.RunAsync("login", CliWorld.FirstAccount);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("skipped docker login", again.StandardError, StringComparison.Ordinal);
        Assert.Equal(world.First.Host, again.StandardOutput.Trim());
        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
        Assert.Equal(config, File.ReadAllBytes(sandbox.DockerConfigFile));
    }

    [Fact]
    public async Task A_warm_cache_still_logs_in_when_the_config_lacks_the_credential()
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.PrivateCalls;
        Assert.Equal(0, (await sandbox.RunAsync("login", CliWorld.FirstAccount)).ExitCode);
        File.Delete(sandbox.DockerConfigFile);

        var again = await sandbox.RunAsync("login", CliWorld.FirstAccount);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"Logged in to {world.First.Host} with docker", again.StandardError, StringComparison.Ordinal);
        Assert.True(Auths(sandbox).ContainsKey(world.First.Host));
        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
    }

    [Fact]
    public async Task No_cache_calls_ECR_every_time_and_writes_no_cache_file()
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.PrivateCalls;

        var first = await sandbox.RunAsync("login", CliWorld.FirstAccount, "--no-cache");
        sandbox.Variables["ECR_LOGIN_NO_CACHE"] = "true";
        var second = await sandbox.RunAsync("login", CliWorld.FirstAccount);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(calls + 2, world.Emulator.PrivateCalls);
        Assert.False(File.Exists(sandbox.CacheFile));
    }

    [Fact]
    public async Task Two_registries_log_in_with_one_token_call()
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.PrivateCalls;

        var result = await sandbox.RunAsync("login", CliWorld.FirstAccount, CliWorld.SecondAccount, "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([world.First.Host, world.Second.Host], result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(string.Empty, result.StandardError);
        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
    }

    [Fact]
    public async Task Get_login_password_prints_only_the_password_for_docker_login_password_stdin()
    {
        using var sandbox = world.NewSandbox();
        world.Emulator.MapRegistry(world.Emulator.Options.DefaultAccountId, world.First.Host);

        var result = await sandbox.RunAsync("get-login-password");
        var login = await DockerEngine.RunAsync(
            ["login", "--username", "AWS", "--password-stdin", world.First.Host], result.StandardOutput, new Dictionary<string, string?> { ["DOCKER_CONFIG"] = sandbox.DockerConfig });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(world.Emulator.Password + "\n", result.StandardOutput.ReplaceLineEndings("\n"));
        login.EnsureSuccess("docker login --password-stdin");
    }

    [Fact]
    public async Task Logout_removes_the_login_from_the_config()
    {
        using var sandbox = world.NewSandbox();
        Assert.Equal(0, (await sandbox.RunAsync("login", CliWorld.FirstAccount, CliWorld.SecondAccount)).ExitCode);

        var result = await sandbox.RunAsync("logout", world.First.Host);

        Assert.Equal(0, result.ExitCode);
        var auths = Auths(sandbox);
        Assert.False(auths.ContainsKey(world.First.Host));
        Assert.True(auths.ContainsKey(world.Second.Host));
    }

    [Fact]
    public async Task A_corrupt_docker_config_is_refused_before_any_call_and_kept_byte_for_byte()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(Path.GetDirectoryName(sandbox.DockerConfigFile)!);
        await File.WriteAllTextAsync(sandbox.DockerConfigFile, "{\"auths\": {");
        var requests = world.Emulator.TotalRequests;

        var result = await sandbox.RunAsync("login", CliWorld.FirstAccount);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The Docker config {sandbox.DockerConfigFile} cannot be used: it is not valid JSON at line 1", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
        Assert.Equal("{\"auths\": {", await File.ReadAllTextAsync(sandbox.DockerConfigFile));
    }
}
