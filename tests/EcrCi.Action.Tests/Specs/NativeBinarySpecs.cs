using System.Diagnostics;
using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;
using static EcrCi.Action.Tests.Fixtures.DockerConfigChecks;
using static EcrCi.Action.Tests.Fixtures.LoginExpectations;
using static EcrCi.Action.Tests.Fixtures.RoleExpectations;

namespace EcrCi.Action.Tests.Specs;

/// <summary>The Native AOT binary, run as the runner's container would run it but as a plain process.</summary>
[Collection(ActionWorldCollection.Name)]
public class NativeBinarySpecs(ActionWorld world)
{
    [Fact]
    public async Task The_binary_logs_in_over_tls_and_its_post_link_logs_out()
    {
        var binary = await ActionBinary.PathAsync();
        using var job = world.NewTlsJob(ActionWorld.FirstAccount, ActionWorld.SecondAccount);
        var calls = world.Emulator.PrivateCalls;

        var main = await StepRunner.AsProcessAsync(job, binary);

        AssertMainStep(main, world, job, new([new(world.First.Host, ActionWorld.FirstAccount), new(world.Second.Host, ActionWorld.SecondAccount)]));
        Assert.Empty(main.StandardError);
        Assert.Equal(calls + 1, world.Emulator.PrivateCalls);
        Assert.Equal(Uri.UriSchemeHttps, new Uri(job.Env["AWS_ENDPOINT_URL_ECR"]!).Scheme);
        await PushAsync(world.Second.Host, job.DockerConfigFolder);

        var post = await StepRunner.AsProcessAsync(job, binary, ActionStage.Post);

        Assert.Equal(0, post.ExitCode);
        Assert.Empty(post.StandardError);
        Assert.Empty(LoggedInHosts(job.DockerConfigFolder));
    }

    [Fact]
    public async Task The_binary_assumes_a_role_over_tls_in_a_job_with_no_other_credentials_and_a_later_step_pushes()
    {
        var binary = await ActionBinary.PathAsync();
        using var job = world.NewTlsRoleJob(ActionWorld.FirstAccount);
        var (oidc, sts, journal) = (world.Emulator.OidcCalls, world.Emulator.StsCalls, world.Emulator.Requests.Count);

        var main = await StepRunner.AsProcessAsync(job, binary);

        var role = AssertRoleMasked(main, world, journal);
        AssertMainStep(main, world, job, new([new(world.First.Host, ActionWorld.FirstAccount)]) { Role = role });
        Assert.Empty(main.StandardError);
        Assert.Equal((oidc + 1, sts + 1), (world.Emulator.OidcCalls, world.Emulator.StsCalls));
        Assert.DoesNotContain(job.Env.Keys, name => name is "AWS_ACCESS_KEY_ID" or "AWS_SECRET_ACCESS_KEY" or "AWS_PROFILE" or "AWS_REGION");
        AssertSecretsInNoFile(job, role);
        await PushAsync(world.First.Host, job.DockerConfigFolder);
    }

    [Fact]
    public async Task Without_credentials_the_binary_fails_fast_naming_every_source_it_tried()
    {
        var binary = await ActionBinary.PathAsync();
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.Env.Remove("AWS_ACCESS_KEY_ID");
        job.Env.Remove("AWS_SECRET_ACCESS_KEY");
        job.Env["AWS_EC2_METADATA_DISABLED"] = "true";
        var requests = world.Emulator.TotalRequests;
        var clock = Stopwatch.StartNew();

        var result = await StepRunner.AsProcessAsync(job, binary);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Log, l => l.IsCommand && l.Command != "debug").Data;
        Assert.StartsWith("No AWS credentials were found. Sources tried, in order:", error, StringComparison.Ordinal);
        Assert.Contains("- environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY): AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set", error, StringComparison.Ordinal);
        Assert.Contains("- EC2 instance metadata (IMDSv2): AWS_EC2_METADATA_DISABLED is true", error, StringComparison.Ordinal);
        Assert.Contains("runs in a container, which does not see the runner host's instance profile", error, StringComparison.Ordinal);
        Assert.Contains("aws-actions/configure-aws-credentials", error, StringComparison.Ordinal);
        Assert.All(result.RawFiles, Assert.Empty);
        Assert.Equal(requests, world.Emulator.TotalRequests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_bad_input_ends_the_binary_with_exit_code_1_and_one_error_line()
    {
        var binary = await ActionBinary.PathAsync();
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["mask-password"] = "maybe";

        var result = await StepRunner.AsProcessAsync(job, binary);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("::error::", line, StringComparison.Ordinal);
        Assert.Contains("'mask-password'", line, StringComparison.Ordinal);
        Assert.Contains("'maybe'", line, StringComparison.Ordinal);
        Assert.Contains("expected true or false", line, StringComparison.Ordinal);
        Assert.Empty(result.StandardError);
        Assert.All(result.RawFiles, Assert.Empty);
    }
}
