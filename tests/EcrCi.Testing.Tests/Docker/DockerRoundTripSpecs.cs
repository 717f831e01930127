using System.Text;

namespace EcrCi.Testing.Tests;

/// <summary>The real Docker engine against a local registry: login, push, pull.</summary>
public sealed class DockerRoundTripSpecs
{
    [Fact]
    public async Task Engine_answers_with_its_version()
    {
        var version = await DockerEngine.EnsureAvailableAsync();

        Assert.Matches(@"^\d+\.\d+", version);
    }

    [Fact]
    public async Task Docker_logs_in_pushes_removes_and_pulls_an_imported_image()
    {
        await DockerEngine.EnsureAvailableAsync();
        var password = Guid.NewGuid().ToString("N");
        await using var registry = await LocalRegistry.StartAsync("AWS", password);
        using var docker = new DockerLogin();
        var name = $"ecr-login-test/roundtrip-{Guid.NewGuid():N}";
        var local = $"{name}:imported";
        var remote = $"{registry.Host}/{name}:v1";
        try
        {
            var imageId = await DockerEngine.ImportTestImageAsync(local);
            Assert.StartsWith("sha256:", imageId, StringComparison.Ordinal);

            (await docker.LoginAsync(registry.Host, "AWS", password)).EnsureSuccess("docker login");
            Assert.Contains(registry.Host, await File.ReadAllTextAsync(docker.ConfigFile), StringComparison.Ordinal);
            (await docker.RunAsync("tag", local, remote)).EnsureSuccess("docker tag");
            (await docker.RunAsync("push", remote)).EnsureSuccess($"docker push ({registry})");
            (await docker.RunAsync("rmi", remote, local)).EnsureSuccess("docker rmi");
            (await docker.RunAsync("pull", remote)).EnsureSuccess($"docker pull ({registry})");

            var inspected = await docker.RunAsync("image", "inspect", "--format", "{{.Id}}", remote);
            Assert.Equal(imageId, inspected.EnsureSuccess("docker image inspect").StandardOutput.Trim());
        }
        finally
        {
            await docker.RunAsync("rmi", "--force", remote, local);
        }
    }

    [Fact]
    public async Task Docker_login_fails_with_a_wrong_password()
    {
        await DockerEngine.EnsureAvailableAsync();
        await using var registry = await LocalRegistry.StartAsync("AWS", Guid.NewGuid().ToString("N"));
        using var docker = new DockerLogin();

        var result = await docker.LoginAsync(registry.Host, "AWS", "not-the-password");

        Assert.False(result.Succeeded);
        Assert.Contains("unauthorized", result.StandardError, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(docker.ConfigFile) && (await File.ReadAllTextAsync(docker.ConfigFile)).Contains(registry.Host, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Emulator_token_logs_docker_into_the_registry_it_maps()
    {
        await DockerEngine.EnsureAvailableAsync();
        await using var emulator = await EcrEmulator.StartAsync();
        await using var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
        emulator.MapRegistry("123456789012", registry.Host);
        using var client = new EmulatorClient(emulator);
        using var docker = new DockerLogin();

        var data = (await client.PrivateAsync()).Json.GetProperty("authorizationData")[0];
        var token = Encoding.UTF8.GetString(Convert.FromBase64String(data.GetProperty("authorizationToken").GetString()!));
        var endpoint = new Uri(data.GetProperty("proxyEndpoint").GetString()!);
        var result = await docker.LoginAsync(endpoint.Authority, "AWS", token["AWS:".Length..]);

        Assert.Equal($"http://{registry.Host}", endpoint.ToString().TrimEnd('/'));
        result.EnsureSuccess("docker login");
    }

    [Fact]
    public async Task Each_imported_test_image_is_different()
    {
        await DockerEngine.EnsureAvailableAsync();
        var first = $"ecr-login-test/unique-{Guid.NewGuid():N}:a";
        var second = $"ecr-login-test/unique-{Guid.NewGuid():N}:b";
        try
        {
            Assert.NotEqual(await DockerEngine.ImportTestImageAsync(first), await DockerEngine.ImportTestImageAsync(second));
        }
        finally
        {
            await DockerEngine.RunAsync(["rmi", "--force", first, second]);
        }
    }
}
