using EcrCi.Errors;
using EcrCi.Nuke.Tests.World;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.Tasks;

[Collection(NukeWorldCollection.Name)]
public sealed class ClientLookupSpecs(NukeWorld world) : IDisposable
{
    private readonly string docker = TestEnvironment.RequireTool("docker", "Install it with: apt-get install docker.io");
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-nuke-client-");

    private string Missing => Path.Combine(folder.FullName, "no-such-docker");

    private ScopedEnvironment Variables(string dockerExe, string path)
    {
        var variables = world.AwsVariables();
        variables["DOCKER_EXE"] = dockerExe;
        variables["PATH"] = path;
        return new ScopedEnvironment(variables);
    }

    [Fact]
    public void DOCKER_EXE_finds_docker_when_the_settings_name_no_path_and_PATH_has_none()
    {
        using var variables = Variables(docker, folder.FullName);

        var login = EcrTasks.EcrLogin(_ => _.SetRegistries(NukeWorld.FirstAccount).SetDockerConfig(folder.FullName));

        Assert.Equal(world.First.Host, Assert.Single(login.Tokens).Host);
    }

    [Fact]
    public void The_client_path_from_the_settings_wins_over_DOCKER_EXE()
    {
        using var variables = Variables(Missing, folder.FullName);

        var login = EcrTasks.EcrLogin(_ => _.SetRegistries(NukeWorld.FirstAccount).SetDockerConfig(folder.FullName).SetContainerClientPath(docker));

        Assert.Single(login.Tokens);
    }

    [Fact]
    public void A_DOCKER_EXE_that_does_not_exist_fails_with_the_clear_message_before_any_call()
    {
        using var variables = Variables(Missing, folder.FullName);
        var requests = world.Emulator.TotalRequests;

        var error = Assert.Throws<EcrLoginException>(() => EcrTasks.EcrLogin(_ => _.SetRegistries(NukeWorld.FirstAccount).SetDockerConfig(folder.FullName)));

        Assert.Equal(EcrErrorKind.ContainerClientMissing, error.Kind);
        Assert.Contains("DOCKER_EXE", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{Missing}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no such executable", error.Message, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
