using Cake.Core;
using Cake.Core.IO;
using Cake.EcrCi;

namespace EcrCi.Cake.Tests.Aliases;

/// <summary>The container client is found as Cake aliases find their tools: ToolPath, then Cake's tool locator (a #tool, a registered file, the tools folder, PATH).</summary>
public class ToolResolutionSpecs(EmulatorWorld world) : IClassFixture<EmulatorWorld>
{
    private static string Rooted(string path) => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cake-tools-" + Guid.NewGuid().ToString("N"), path);

    [Fact]
    public void Without_a_tool_path_the_client_comes_from_cakes_tool_locator()
    {
        var context = world.Context();
        var registered = Rooted("docker");
        context.FakeTools.RegisterFile(new FilePath(registered));

        var error = Assert.Throws<CakeException>(() => context.EcrLogin(world.Settings(EmulatorWorld.Account)));

        Assert.Contains($"'{registered}' was not found", error.Message, StringComparison.Ordinal);
        Assert.Equal("docker", context.FakeTools.Asked[0]);
    }

    [Fact]
    public void Tool_path_wins_over_the_older_container_client_path_and_the_locator()
    {
        var context = world.Context();
        context.FakeTools.RegisterFile(new FilePath(Rooted("docker")));
        var settings = world.Settings(EmulatorWorld.Account);
        var toolPath = Rooted("my-docker");
        settings.ToolPath = new FilePath(toolPath);
        settings.ContainerClientPath = new FilePath(Rooted("older-docker"));

        var error = Assert.Throws<CakeException>(() => context.EcrLogin(settings));

        Assert.Contains($"'{toolPath}' was not found", error.Message, StringComparison.Ordinal);
        Assert.Empty(context.FakeTools.Asked);
    }

    [Fact]
    public void A_chosen_client_is_the_only_one_asked_for()
    {
        var context = world.Context();
        var podman = Rooted("podman");
        context.FakeTools.RegisterFile(new FilePath(Rooted("docker")));
        context.FakeTools.RegisterFile(new FilePath(podman));
        var settings = world.Settings(EmulatorWorld.Account);
        settings.ContainerClient = "podman";

        var error = Assert.Throws<CakeException>(() => context.EcrLogin(settings));

        Assert.Contains($"'{podman}' was not found", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("docker", context.FakeTools.Asked);
    }

    [Fact]
    public void Docker_exe_in_cakes_environment_is_honoured_before_the_locator()
    {
        var dockerExe = Rooted("docker-from-variable");
        var context = world.Context(("DOCKER_EXE", dockerExe));
        context.FakeTools.RegisterFile(new FilePath(Rooted("docker")));

        var error = Assert.Throws<CakeException>(() => context.EcrLogin(world.Settings(EmulatorWorld.Account)));

        Assert.Contains(dockerExe, error.Message, StringComparison.Ordinal);
        Assert.Empty(context.FakeTools.Asked);
    }
}
