using System.Text.Json.Nodes;
using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

public class LoginSpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    private static async Task PushAndPullAsync(string registryHost, string dockerConfig)
    {
        var environment = new Dictionary<string, string?> { ["DOCKER_CONFIG"] = dockerConfig };
        var image = $"{registryHost}/ecr-login/e2e:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        (await DockerEngine.RunAsync(["push", image], environment: environment)).EnsureSuccess($"docker push {image}");
        (await DockerEngine.RunAsync(["rmi", image])).EnsureSuccess($"docker rmi {image}");
        (await DockerEngine.RunAsync(["pull", image], environment: environment)).EnsureSuccess($"docker pull {image}");
        await DockerEngine.RunAsync(["rmi", image]);
    }

    [Fact]
    public async Task A_login_lets_docker_push_and_pull_through_the_real_registry()
    {
        using var config = new TempDirectory();

        var result = await EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount));

        var token = Assert.Single(result.Tokens);
        Assert.Equal(world.First.Host, token.Host);
        Assert.Equal("AWS", token.Username);
        Assert.Equal(RegistryWorld.FirstAccount, token.AccountId);
        Assert.InRange(token.ExpiresAt, DateTimeOffset.UtcNow.AddHours(11), DateTimeOffset.UtcNow.AddHours(13));
        Assert.Equal("docker", result.ContainerClient);
        await PushAndPullAsync(token.Host, config.Path);
    }

    [Fact]
    public async Task Two_registries_log_in_at_once_and_both_stay_in_the_config()
    {
        using var config = new TempDirectory();
        var calls = world.Emulator.PrivateCalls;

        var result = await EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount, RegistryWorld.SecondAccount));

        Assert.Equal([world.First.Host, world.Second.Host], result.Tokens.Select(t => t.Host));
        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
        var auths = JsonNode.Parse(File.ReadAllText(config.File("config.json")))!["auths"]!.AsObject();
        Assert.True(auths.ContainsKey(world.First.Host));
        Assert.True(auths.ContainsKey(world.Second.Host));
        await PushAndPullAsync(world.First.Host, config.Path);
        await PushAndPullAsync(world.Second.Host, config.Path);
    }

    [Fact]
    public async Task A_cached_token_the_registry_refuses_is_replaced_by_a_fresh_one_and_the_login_succeeds()
    {
        using var config = new TempDirectory();
        using var cache = new TempDirectory();
        var options = world.Options(config.Path, null, RegistryWorld.FirstAccount) with { TokenCache = true, TokenCacheDirectory = cache.Path };
        await EcrAuth.GetTokensAsync(options);
        var path = cache.File(EcrCi.Cache.TokenCacheOptions.FileName);
        var file = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var entry in file["entries"]!.AsObject())
        {
            entry.Value!["tokens"]![0]!["password"] = "revoked-" + Guid.NewGuid().ToString("N");
        }

        File.WriteAllText(path, file.ToJsonString());
        var calls = world.Emulator.PrivateCalls;

        var result = await EcrAuth.LoginAsync(options);

        Assert.Equal(world.Emulator.Password, Assert.Single(result.Tokens).Password.Reveal());
        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
        Assert.Contains(world.Emulator.Password, File.ReadAllText(path), StringComparison.Ordinal);
        await PushAndPullAsync(world.First.Host, config.Path);
    }

    [Fact]
    public async Task Throttling_is_retried_until_the_login_succeeds()
    {
        using var config = new TempDirectory();
        var calls = world.Emulator.PrivateCalls;
        var logger = new CapturingLogger();
        world.Emulator.ThrottleNext(2);

        var result = await EcrAuth.LoginAsync(world.Options(config.Path, logger, RegistryWorld.FirstAccount));

        Assert.Equal(calls + 3, world.Emulator.PrivateCalls);
        Assert.Equal(2, logger.Events.Count(e => e.Template.Contains("retrying", StringComparison.Ordinal)));
        await PushAndPullAsync(result.Tokens[0].Host, config.Path);
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_login_succeeds()
    {
        using var config = new TempDirectory();
        var calls = world.Emulator.PrivateCalls;
        world.Emulator.FailNext(2, 503);

        var result = await EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount));

        Assert.Equal(calls + 3, world.Emulator.PrivateCalls);
        await PushAndPullAsync(result.Tokens[0].Host, config.Path);
    }

    [Fact]
    public async Task A_failed_login_puts_the_docker_config_back_as_it_was()
    {
        using var config = new TempDirectory();
        var before = """{"auths":{"other.example":{"auth":"b3RoZXI6b3RoZXI="}},"detachKeys":"ctrl-q"}""";
        await File.WriteAllTextAsync(config.File("config.json"), before);
        world.Emulator.MapRegistry("333333333333", "127.0.0.1:1");

        var error = await Assert.ThrowsAsync<EcrLoginException>(() =>
            EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount, "333333333333") with { LoginTimeout = TimeSpan.FromSeconds(20) }));

        Assert.Equal(EcrErrorKind.ContainerClientFailed, error.Kind);
        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(config.File("config.json")));
    }

    [Fact]
    public async Task A_missing_container_client_fails_before_any_network_call()
    {
        using var config = new TempDirectory();
        var requests = world.Emulator.TotalRequests;

        var error = await Assert.ThrowsAsync<EcrLoginException>(() =>
            EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount) with { ContainerClientPath = config.File("no-such-docker") }));

        Assert.Equal(EcrErrorKind.ContainerClientMissing, error.Kind);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task Logout_removes_the_registry_from_the_config()
    {
        using var config = new TempDirectory();
        var options = world.Options(config.Path, null, RegistryWorld.FirstAccount);
        var result = await EcrAuth.LoginAsync(options);

        await EcrAuth.LogoutAsync([result.Tokens[0].Host], options);

        var auths = JsonNode.Parse(File.ReadAllText(config.File("config.json")))!["auths"]?.AsObject();
        Assert.False(auths?.ContainsKey(world.First.Host) ?? false);
    }
}
