using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;
using static EcrCi.Action.Tests.Fixtures.DockerConfigChecks;
using static EcrCi.Action.Tests.Fixtures.LoginExpectations;

namespace EcrCi.Action.Tests.Specs;

[Collection(ActionWorldCollection.Name)]
public class MainStepSpecs(ActionWorld world)
{
    private ExpectedRegistry FirstRegistry => new(world.First.Host, ActionWorld.FirstAccount);

    private ExpectedRegistry SecondRegistry => new(world.Second.Host, ActionWorld.SecondAccount);

    [Fact]
    public async Task One_registry_logs_in_with_every_output_of_amazon_ecr_login_and_the_masks_first()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry]));
        Assert.Equal(world.Emulator.Password, result.Outputs[$"docker_password_{world.First.Host.Replace('.', '_').Replace(':', '_')}"]);
        Assert.Equal([world.First.Host], LoggedInHosts(job.DockerConfigFolder));
        await PushAsync(world.First.Host, job.DockerConfigFolder);
    }

    [Fact]
    public async Task Two_registries_share_one_token_call_and_get_outputs_each_but_no_single_registry_output()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount, ActionWorld.SecondAccount);
        var calls = world.Emulator.PrivateCalls;

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry, SecondRegistry]));
        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
        Assert.Equal(new[] { world.First.Host, world.Second.Host }.Order(), LoggedInHosts(job.DockerConfigFolder).Order());
    }

    [Fact]
    public async Task Registry_hosts_and_urls_separated_by_new_lines_work_like_account_ids()
    {
        using var job = world.NewJob();
        job.With["registries"] = $"  {ActionWorld.FirstAccount}.dkr.ecr.{ActionWorld.Region}.amazonaws.com \n\n https://{ActionWorld.SecondAccount}.dkr.ecr.{ActionWorld.Region}.amazonaws.com/team/app ,";
        job.With["region"] = ActionWorld.Region;

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry, SecondRegistry]));
    }

    [Fact]
    public async Task Mask_password_false_leaves_the_password_unmasked_masks_the_token_first_and_warns()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["mask-password"] = "False";

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry]) { PasswordMasked = false });
        Assert.Equal([world.Emulator.AuthorizationToken], result.Masks);
    }

    [Fact]
    public async Task The_post_step_logs_out_of_what_the_main_step_logged_in_to()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount, ActionWorld.SecondAccount);
        AssertMainStep(await StepRunner.InProcessAsync(job), world, job, new([FirstRegistry, SecondRegistry]));

        var post = await StepRunner.InProcessAsync(job, ActionStage.Post);

        Assert.Equal(0, post.ExitCode);
        Assert.Empty(post.Masks);
        Assert.Empty(LoggedInHosts(job.DockerConfigFolder));
        Assert.Contains(post.PlainLines, l => l.StartsWith($"Logged out of {world.First.Host}", StringComparison.Ordinal));
        Assert.All(post.RawFiles, Assert.Empty);
    }

    [Fact]
    public async Task Skip_logout_saves_no_registries_so_the_post_step_leaves_the_login_in_place()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["skip-logout"] = "TRUE";
        AssertMainStep(await StepRunner.InProcessAsync(job), world, job, new([FirstRegistry]) { LogoutPlanned = false });

        var post = await StepRunner.InProcessAsync(job, ActionStage.Post);

        Assert.Equal(0, post.ExitCode);
        Assert.Contains(post.PlainLines, l => l.StartsWith("Nothing to log out of", StringComparison.Ordinal));
        Assert.Equal([world.First.Host], LoggedInHosts(job.DockerConfigFolder));
    }

    [Fact]
    public async Task Export_docker_config_hands_the_config_to_the_workspace_owner_and_later_steps_push_with_it()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["export-docker-config"] = "true";

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry]) { DockerConfigExported = true });
        AssertHandedToRunnerUser(ExportedFolder(job));
        Assert.Contains($"DOCKER_CONFIG={ExportedFolder(job)}", result.Summary, StringComparison.Ordinal);
        await PushAsync(world.First.Host, result.Env["DOCKER_CONFIG"]);

        var post = await StepRunner.InProcessAsync(job, ActionStage.Post);

        Assert.Equal(0, post.ExitCode);
        Assert.Empty(LoggedInHosts(ExportedFolder(job)));
        AssertHandedToRunnerUser(ExportedFolder(job));
    }

    [Fact]
    public async Task Throttling_is_retried_as_often_as_retry_attempts_allows()
    {
        using var refused = world.NewJob(ActionWorld.FirstAccount);
        refused.With["retry-attempts"] = "1";
        world.Emulator.ThrottleNext(1);

        var failure = await StepRunner.InProcessAsync(refused);

        Assert.Equal(1, failure.ExitCode);
        Assert.Contains("throttl", Assert.Single(failure.Errors), StringComparison.OrdinalIgnoreCase);
        Assert.All(failure.RawFiles, Assert.Empty);

        using var patient = world.NewJob(ActionWorld.FirstAccount);
        patient.With["retry-attempts"] = "3";
        world.Emulator.ThrottleNext(2);
        var calls = world.Emulator.PrivateCalls;

        var result = await StepRunner.InProcessAsync(patient);

        AssertMainStep(result, world, patient, new([FirstRegistry]));
        Assert.Equal(calls + 3, world.Emulator.PrivateCalls);
        Assert.Equal(2, result.Warnings.Count(w => w.Contains("retrying", StringComparison.OrdinalIgnoreCase)));
    }
}
