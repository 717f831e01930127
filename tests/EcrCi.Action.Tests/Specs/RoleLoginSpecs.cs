using Amazon.Runtime;
using EcrCi.Action.Steps;
using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;
using static EcrCi.Action.Tests.Fixtures.DockerConfigChecks;
using static EcrCi.Action.Tests.Fixtures.LoginExpectations;
using static EcrCi.Action.Tests.Fixtures.RoleExpectations;

namespace EcrCi.Action.Tests.Specs;

/// <summary>
/// One-step login with <c>role-to-assume</c>: the step requests the job's OIDC token, assumes the
/// role with STS and logs in with the role's credentials, in a job that has no other AWS
/// credentials at all.
/// </summary>
[Collection(ActionWorldCollection.Name)]
public class RoleLoginSpecs(ActionWorld world)
{
    private ExpectedRegistry FirstRegistry => new(world.First.Host, ActionWorld.FirstAccount);

    [Fact]
    public async Task A_role_arn_alone_logs_in_with_every_credential_masked_first_and_kept_out_of_outputs_and_files()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        var (oidc, sts, journal) = (world.Emulator.OidcCalls, world.Emulator.StsCalls, world.Emulator.Requests.Count);

        var result = await StepRunner.InProcessAsync(job);

        var role = AssertRoleMasked(result, world, journal);
        AssertMainStep(result, world, job, new([FirstRegistry]) { Role = role });
        Assert.Equal((oidc + 1, sts + 1), (world.Emulator.OidcCalls, world.Emulator.StsCalls));
        Assert.Contains($"assumed-role/ecr-login-action/{ActionWorld.DefaultSessionName(job)}`", result.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Outputs.Keys, key => key.StartsWith("aws-", StringComparison.Ordinal));
        Assert.DoesNotContain(result.EnvEntries, entry => entry.Key.StartsWith("AWS_", StringComparison.Ordinal));
        AssertSecretsInNoFile(job, role);
        await PushAsync(world.First.Host, job.DockerConfigFolder);
    }

    [Fact]
    public async Task Output_credentials_hands_the_role_credentials_on_as_masked_outputs_that_work()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        job.With["output-credentials"] = "true";
        job.With["role-session-name"] = "release-42";
        job.With["role-duration-seconds"] = "900";
        var journal = world.Emulator.Requests.Count;

        var result = await StepRunner.InProcessAsync(job);

        var role = AssertRoleMasked(result, world, journal, outputCredentials: true);
        AssertMainStep(result, world, job, new([FirstRegistry]) { Role = role });
        Assert.Contains("assumed-role/ecr-login-action/release-42`", result.Summary, StringComparison.Ordinal);
        var expiration = DateTimeOffset.Parse(result.Outputs[OutputNames.AwsExpiration], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiration, DateTimeOffset.UtcNow.AddSeconds(840), DateTimeOffset.UtcNow.AddSeconds(960));
        AssertSecretsInNoFile(job, role);

        var credentials = new SessionAWSCredentials(result.Outputs[OutputNames.AwsAccessKeyId], result.Outputs[OutputNames.AwsSecretAccessKey], result.Outputs[OutputNames.AwsSessionToken]);
        var tokens = await EcrAuth.GetTokensAsync(new EcrAuthOptions
        {
            Registries = [ActionWorld.FirstAccount],
            Region = ActionWorld.Region,
            Credentials = credentials,
            EnvironmentVariables = name => name == "AWS_ENDPOINT_URL_ECR" ? world.Emulator.Endpoint.ToString() : null,
        });
        Assert.Equal(world.First.Host, Assert.Single(tokens.Tokens).Host);
        Assert.Equal(role.AccessKeyId, world.Emulator.Requests[^1].AccessKeyId);
    }

    [Fact]
    public async Task The_region_may_come_as_region_or_as_aws_region_and_both_agreeing_is_fine()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        job.With["region"] = ActionWorld.Region;
        var journal = world.Emulator.Requests.Count;

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry]) { Role = AssertRoleMasked(result, world, journal) });
        Assert.All(world.Emulator.Requests.Skip(journal), call => Assert.Equal(ActionWorld.Region, call.Region));
    }

    [Fact]
    public async Task A_throttled_oidc_token_request_is_retried_until_it_succeeds()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        var (oidc, sts, journal) = (world.Emulator.OidcCalls, world.Emulator.StsCalls, world.Emulator.Requests.Count);
        world.Emulator.ThrottleOidc(2);

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry]) { Role = AssertRoleMasked(result, world, journal) });
        Assert.Equal((oidc + 3, sts + 1), (world.Emulator.OidcCalls, world.Emulator.StsCalls));
    }

    [Fact]
    public async Task A_throttled_assume_role_call_is_retried_with_a_fresh_oidc_token_each_time()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        var (oidc, sts, journal) = (world.Emulator.OidcCalls, world.Emulator.StsCalls, world.Emulator.Requests.Count);
        world.Emulator.ThrottleSts(2);

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry]) { Role = AssertRoleMasked(result, world, journal) });
        Assert.Equal((oidc + 3, sts + 3), (world.Emulator.OidcCalls, world.Emulator.StsCalls));
        Assert.All(world.Emulator.StsRequests.TakeLast(3), call => Assert.Equal("AssumeRoleWithWebIdentity", call.Action));
        Assert.Equal(3, result.Masks.Count(mask => mask.StartsWith("eyJ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_sts_server_error_is_retried_until_it_succeeds()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        var (sts, journal) = (world.Emulator.StsCalls, world.Emulator.Requests.Count);
        world.Emulator.FailSts(2);

        var result = await StepRunner.InProcessAsync(job);

        AssertMainStep(result, world, job, new([FirstRegistry]) { Role = AssertRoleMasked(result, world, journal) });
        Assert.Equal(sts + 3, world.Emulator.StsCalls);
    }
}
