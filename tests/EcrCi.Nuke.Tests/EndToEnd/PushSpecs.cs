using EcrCi.Nuke.Tests.World;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.EndToEnd;

[Collection(NukeWorldCollection.Name)]
public class PushSpecs(NukeWorld world)
{
    [Fact]
    public async Task A_push_target_logs_in_and_pushes_an_image_without_showing_the_password_anywhere()
    {
        using var run = new BuildRun();
        var image = $"{world.First.Host}/ecr-nuke/push:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);

        await run.RunAsync(world, "Push", "--registries", NukeWorld.FirstAccount, "--image", image);

        run.AssertSucceeded();
        (await DockerEngine.RunAsync(["rmi", image])).EnsureSuccess("docker rmi");
        (await run.DockerAsync("pull", image)).EnsureSuccess($"docker pull {image} (proves the push landed)");
        await DockerEngine.RunAsync(["rmi", image]);
        run.AssertNoSecretShown(world);
    }

    [Fact]
    public async Task The_log_has_registries_credential_source_and_expiry_at_information_and_the_settings_at_debug()
    {
        using var run = new BuildRun();

        await run.RunAsync(world, "Login", "--registries", NukeWorld.FirstAccount);

        run.AssertSucceeded();
        Assert.Contains("[Information] Using AWS credentials from environment variables", run.Log, StringComparison.Ordinal);
        Assert.Contains("  CredentialSource = \"environment variables\"", run.Log, StringComparison.Ordinal);
        Assert.Contains($"[Information] Got a token for {world.First.Host}, valid until", run.Log, StringComparison.Ordinal);
        Assert.Contains($"[Information] Logged in to {world.First.Host} with docker", run.Log, StringComparison.Ordinal);
        Assert.Contains($"  Registry = \"{world.First.Host}\"", run.Log, StringComparison.Ordinal);
        Assert.Contains("  ExpiresAt = ", run.Log, StringComparison.Ordinal);
        Assert.Contains("[Debug] EcrLogin with EcrLoginSettings { Registries = [111111111111], ContainerClient = docker }", run.Log, StringComparison.Ordinal);
        Assert.Contains("[Debug] Requesting an authorization token from", run.Log, StringComparison.Ordinal);
        run.AssertNoSecretShown(world);
    }

    [Fact]
    public async Task One_target_logs_in_to_two_registries_and_docker_pushes_to_both()
    {
        using var run = new BuildRun();

        await run.RunAsync(world, "Login", "--registries", $"{NukeWorld.FirstAccount},{NukeWorld.SecondAccount}");

        run.AssertSucceeded();
        foreach (var host in (string[])[world.First.Host, world.Second.Host])
        {
            var image = $"{host}/ecr-nuke/two:{Guid.NewGuid():N}";
            await DockerEngine.ImportTestImageAsync(image);
            (await run.DockerAsync("push", image)).EnsureSuccess($"docker push {image}");
            await DockerEngine.RunAsync(["rmi", image]);
        }

        run.AssertNoSecretShown(world);
    }

    [Fact]
    public async Task The_logout_target_removes_the_login_so_a_push_is_refused()
    {
        using var run = new BuildRun();
        var image = $"{world.First.Host}/ecr-nuke/logout:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        (await run.RunAsync(world, "Login", "--registries", NukeWorld.FirstAccount)).AssertSucceeded();

        await run.RunAsync(world, "Logout", "--registries", world.First.Host);

        run.AssertSucceeded();
        Assert.Contains($"Logged out of {world.First.Host} with docker", run.Log, StringComparison.Ordinal);
        var push = await run.DockerAsync("push", image);
        await DockerEngine.RunAsync(["rmi", image]);
        Assert.False(push.Succeeded, "docker push still worked after the logout");
    }

    [Fact]
    public async Task Token_and_password_targets_show_the_password_only_as_redacted()
    {
        using var token = new BuildRun();
        using var password = new BuildRun();

        await token.RunAsync(world, "Token", "--registries", NukeWorld.FirstAccount);
        await password.RunAsync(world, "Password", "--registries", NukeWorld.FirstAccount);

        token.AssertSucceeded();
        password.AssertSucceeded();
        Assert.Contains("Password = [REDACTED]", token.Log, StringComparison.Ordinal);
        Assert.Contains($"The password is [REDACTED], {world.Emulator.Password.Length} characters", password.Log, StringComparison.Ordinal);
        token.AssertNoSecretShown(world);
        password.AssertNoSecretShown(world);
    }
}
