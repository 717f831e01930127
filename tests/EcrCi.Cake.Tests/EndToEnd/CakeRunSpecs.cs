using System.Text.Json.Nodes;
using EcrCi.Cake.Tests.CakeRuns;
using EcrCi.Testing;
using Xunit.Abstractions;

namespace EcrCi.Cake.Tests.EndToEnd;

[Collection(CakeRunCollection.Name)]
public class CakeRunSpecs(CakeWorld world, ITestOutputHelper output)
{
    private ChildResult Show(ChildResult run)
    {
        output.WriteLine($"dotnet cake exited with {run.ExitCode} after {run.Elapsed.TotalSeconds:0.0} s:");
        output.WriteLine(run.Text);
        return run;
    }

    [Fact]
    public async Task A_script_logs_in_with_EcrLogin_and_pushes_an_image_without_printing_a_secret()
    {
        var dockerConfig = world.NewDockerConfig();
        var image = $"{world.Registry.Host}/cake/e2e:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        var docker = new Dictionary<string, string?> { ["DOCKER_CONFIG"] = dockerConfig };
        try
        {
            var (run, watch) = await ProcessWatcher.WatchAsync(
                () => world.Workspace.RunCakeAsync("login-and-push.cake", [$"--account={CakeWorld.Account}", $"--image={image}", "--verbosity=diagnostic"], world.Environment(dockerConfig)),
                ProcessWatcher.IsDockerLogin,
                [world.Emulator.Password, world.Emulator.AuthorizationToken]);

            CakeWorld.AssertSucceeded(Show(run));
            Assert.Contains($"Pushed {image}", run.Text, StringComparison.Ordinal);
            Assert.Contains($"Logged in to {world.Registry.Host} with docker", run.Text, StringComparison.Ordinal);
            Assert.Contains("Using AWS credentials from environment variables", run.Text, StringComparison.Ordinal);
            Assert.Contains($"Registry {world.Registry.Host} as AWS until", run.Text, StringComparison.Ordinal);
            world.AssertNoSecret(run.Output, "Cake's output");
            world.AssertNoSecret(run.Text, "Cake's output without colours");
            Assert.True(watch.Sightings > 0, "the watcher never saw the docker login process");
            Assert.Empty(watch.Leaks);

            // The pushed image is really in the registry: pull it back with the same login.
            (await DockerEngine.RunAsync(["rmi", image])).EnsureSuccess($"docker rmi {image}");
            (await DockerEngine.RunAsync(["pull", image], environment: docker)).EnsureSuccess($"docker pull {image}");
        }
        finally
        {
            await DockerEngine.RunAsync(["rmi", image]);
        }
    }

    [Fact]
    public async Task A_script_with_a_bad_registry_id_fails_with_the_clear_message_and_a_non_zero_exit()
    {
        var requests = world.Emulator.TotalRequests;

        var run = Show(await world.Workspace.RunCakeAsync("bad-registry.cake", ["--verbosity=diagnostic"], world.Environment(world.NewDockerConfig())));

        Assert.True(run.ExitCode != 0, $"dotnet cake exited with 0:\n{run.Text}");
        Assert.Contains("'12345' is not a valid AWS account id: expected exactly 12 digits", run.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("not reached", run.Text, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Theory]
    [MemberData(nameof(CredentialScenarios.HostNames), MemberType = typeof(CredentialScenarios))]
    public async Task A_script_logs_in_with_the_profiles_own_keys(string name)
    {
        var home = Directory.CreateTempSubdirectory("ecr-login-cake-credentials-");
        try
        {
            var scenario = CredentialScenarios.Create(name, world.Emulator, home.FullName);
            var environment = world.Environment(world.NewDockerConfig());
            foreach (var (variable, value) in scenario.Environment)
            {
                environment[variable] = value;
            }

            // The scenario's HOME holds ~/.aws; the .NET SDK and NuGet keep the machine's folders.
            var machineHome = Environment.GetEnvironmentVariable("HOME") ?? home.FullName;
            environment["DOTNET_CLI_HOME"] = Environment.GetEnvironmentVariable("DOTNET_CLI_HOME") ?? machineHome;
            environment["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(machineHome, ".nuget", "packages");
            environment["AWS_ACCESS_KEY_ID"] = null;
            environment["AWS_SECRET_ACCESS_KEY"] = null;

            var run = Show(await world.Workspace.RunCakeAsync("login-default-chain.cake", ["--verbosity=diagnostic"], environment));

            CakeWorld.AssertSucceeded(run);
            Assert.Equal(scenario.ExpectedSigner, world.Emulator.SourceOfLastEcrCall);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_proxy_that_answers_407_fails_the_script_without_the_password_of_https_proxy()
    {
        await using var proxy = RefusingProxy.Start();
        var environment = world.Environment(world.NewDockerConfig());
        environment["AWS_ENDPOINT_URL_ECR"] = null;
        environment["HTTPS_PROXY"] = proxy.Url;

        var run = Show(await world.Workspace.RunCakeAsync("proxy-refused.cake", ["--verbosity=diagnostic"], environment));

        Assert.True(run.ExitCode != 0, $"dotnet cake exited with 0:\n{run.Text}");
        Assert.True(proxy.Requests > 0, "the script did not go through the proxy");
        Assert.Contains("407", run.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(proxy.Password, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_hands_EcrGetLoginPassword_to_docker_on_stdin_pushes_and_logs_out()
    {
        var dockerConfig = world.NewDockerConfig();
        var image = $"{world.Registry.Host}/cake/stdin:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        try
        {
            var (run, watch) = await ProcessWatcher.WatchAsync(
                () => world.Workspace.RunCakeAsync("password-stdin.cake", [$"--registry={world.Registry.Host}", $"--image={image}", "--verbosity=diagnostic"], world.Environment(dockerConfig)),
                ProcessWatcher.IsDockerLogin,
                [world.Emulator.Password, world.Emulator.AuthorizationToken]);

            CakeWorld.AssertSucceeded(Show(run));
            Assert.Contains($"Pushed {image}", run.Text, StringComparison.Ordinal);
            Assert.Contains($"Logged out of {world.Registry.Host}", run.Text, StringComparison.Ordinal);
            world.AssertNoSecret(run.Output, "Cake's output");
            world.AssertNoSecret(run.Text, "Cake's output without colours");
            Assert.Empty(watch.Leaks);
            var auths = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dockerConfig, "config.json")))!["auths"]?.AsObject();
            Assert.False(auths?.ContainsKey(world.Registry.Host) ?? false, "the logout left the registry in the Docker config");
        }
        finally
        {
            await DockerEngine.RunAsync(["rmi", image]);
        }
    }
}
