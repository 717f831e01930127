using System.Globalization;
using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;
using Xunit.Abstractions;
using static EcrCi.Action.Tests.Fixtures.DockerConfigChecks;
using static EcrCi.Action.Tests.Fixtures.LoginExpectations;
using static EcrCi.Action.Tests.Fixtures.RoleExpectations;

namespace EcrCi.Action.Tests.Specs;

/// <summary>
/// The action's image, run with the runner's own <c>docker run</c> arguments for the main and
/// the post step, followed by a host step that pushes through the exported config.
/// </summary>
[Collection(ActionWorldCollection.Name)]
public class ContainerSpecs(ActionWorld world, ITestOutputHelper output)
{
    [Fact]
    public async Task The_image_logs_in_as_the_runner_starts_it_a_host_step_pushes_and_the_post_step_logs_out()
    {
        var image = await ActionImage.ReferenceAsync();
        var size = await ActionImage.SizeAsync();
        output.WriteLine($"image {image}: {(size / 1e6).ToString("0.0", CultureInfo.InvariantCulture)} MB");
        Assert.InRange(size, 1, 80_000_000);
        using var job = world.NewJob(ActionWorld.FirstAccount, ActionWorld.SecondAccount);
        job.With["export-docker-config"] = "true";

        var main = await StepRunner.AsContainerAsync(job, image);
        output.WriteLine(string.Join('\n', main.Log.Where(l => l.Command != "add-mask").Select(l => l.Text)));

        AssertMainStep(main, world, job, new([new(world.First.Host, ActionWorld.FirstAccount), new(world.Second.Host, ActionWorld.SecondAccount)]) { DockerConfigExported = true, InContainer = true });
        Assert.Empty(main.StandardError);
        AssertHandedToRunnerUser(ExportedFolder(job));
        Assert.Equal(new[] { world.First.Host, world.Second.Host }.Order(), LoggedInHosts(ExportedFolder(job)).Order());
        await PushAsync(world.First.Host, main.Env["DOCKER_CONFIG"]);
        await PushAsync(world.Second.Host, main.Env["DOCKER_CONFIG"]);

        var post = await StepRunner.AsContainerAsync(job, image, ActionStage.Post);

        Assert.Equal(0, post.ExitCode);
        Assert.Empty(post.StandardError);
        Assert.Empty(LoggedInHosts(ExportedFolder(job)));
        AssertHandedToRunnerUser(ExportedFolder(job));
    }

    [Fact]
    public async Task The_image_assumes_a_role_with_the_oidc_variables_the_runner_passes_it()
    {
        var image = await ActionImage.ReferenceAsync();
        using var job = world.NewRoleJob(ActionWorld.SecondAccount);
        var (sts, journal) = (world.Emulator.StsCalls, world.Emulator.Requests.Count);

        var main = await StepRunner.AsContainerAsync(job, image);

        var role = AssertRoleMasked(main, world, journal);
        AssertMainStep(main, world, job, new([new(world.Second.Host, ActionWorld.SecondAccount)]) { InContainer = true, Role = role });
        Assert.Empty(main.StandardError);
        Assert.Equal(sts + 1, world.Emulator.StsCalls);
        AssertSecretsInNoFile(job, role);
    }

    [Fact]
    public async Task A_bad_input_in_the_container_ends_the_step_with_one_error_line_and_no_output()
    {
        var image = await ActionImage.ReferenceAsync();
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["registry-type"] = "community";

        var result = await StepRunner.AsContainerAsync(job, image);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("::error::", line, StringComparison.Ordinal);
        Assert.Contains("'registry-type'", line, StringComparison.Ordinal);
        Assert.Contains("'community'", line, StringComparison.Ordinal);
        Assert.Contains("private or public", line, StringComparison.Ordinal);
        Assert.All(result.RawFiles, Assert.Empty);
    }
}
