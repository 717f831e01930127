using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;
using static EcrCi.Action.Tests.Fixtures.DockerConfigChecks;

namespace EcrCi.Action.Tests.Specs;

/// <summary>
/// The ways a role login fails that users meet first: no <c>id-token: write</c>, a trust policy
/// that does not accept the repository, a malformed ARN, an audience the provider does not list.
/// Each ends the step with one <c>::error::</c> line, exit code 1, no output and no login, and masks
/// nothing but the identity token it obtained.
/// </summary>
[Collection(ActionWorldCollection.Name)]
public class RoleFailureSpecs(ActionWorld world)
{
    private static string AssertFailedLeavingNothing(StepResult result, SimulatedJob job)
    {
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Errors);
        Assert.All(result.Masks, mask => Assert.StartsWith("eyJ", mask, StringComparison.Ordinal));
        Assert.All(result.RawFiles, Assert.Empty);
        Assert.Empty(LoggedInHosts(job.DockerConfigFolder));
        return error;
    }

    [Fact]
    public async Task When_ecr_refuses_after_sts_succeeded_the_role_keys_are_masked_before_the_error()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        world.Emulator.AccessDenied = true;
        StepResult result;
        try
        {
            result = await StepRunner.InProcessAsync(job);
        }
        finally
        {
            world.Emulator.AccessDenied = false;
        }

        Assert.Equal(1, result.ExitCode);
        var signer = world.Emulator.Requests.Last().AccessKeyId;
        Assert.NotNull(signer);
        var lines = result.Log.ToList();
        var mask = lines.FindIndex(l => l.Command == "add-mask" && l.Data == signer);
        var error = lines.FindIndex(l => l.Command == "error");
        Assert.True(mask >= 0 && error > mask, $"the role's access key id was not masked before the error:\n{result.StandardOutput}");
        Assert.True(lines.Take(error).Count(l => l.Command == "add-mask") >= 4, "the secret key, session token, access key id and OIDC token are all masked first");
    }

    [Fact]
    public async Task Without_id_token_write_the_step_says_to_grant_it_and_calls_nothing()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        job.IdTokenRequest = null;
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job);

        var error = AssertFailedLeavingNothing(result, job);
        Assert.Single(result.Log);
        Assert.Contains("ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set", error, StringComparison.Ordinal);
        Assert.Contains("'permissions: id-token: write'", error, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task A_trust_policy_that_rejects_the_repository_gives_stss_message_and_the_sub_hint_and_calls_no_ecr()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        job.With["role-to-assume"] = ActionWorld.OtherRepositoryRole;
        var (sts, ecr) = (world.Emulator.StsCalls, world.Emulator.PrivateCalls);

        var result = await StepRunner.InProcessAsync(job);

        var error = AssertFailedLeavingNothing(result, job);
        Assert.StartsWith($"sts:AssumeRoleWithWebIdentity for {ActionWorld.OtherRepositoryRole} failed with AccessDenied", error, StringComparison.Ordinal);
        Assert.Contains("Not authorized to perform sts:AssumeRoleWithWebIdentity", error, StringComparison.Ordinal);
        Assert.Contains("token.actions.githubusercontent.com:sub condition must match this workflow", error, StringComparison.Ordinal);
        Assert.Equal((sts + 1, ecr), (world.Emulator.StsCalls, world.Emulator.PrivateCalls));
    }

    [Theory]
    [InlineData("ecr-login-action")]
    [InlineData("arn:aws:iam::111111111111:user/ci")]
    [InlineData("arn:aws:iam::11111111111:role/ci")]
    [InlineData("arn:aws:sts::111111111111:assumed-role/ci/session")]
    [InlineData("arn:aws:iam::111111111111:role/")]
    [InlineData("arn:aws:iam::111111111111:role/ci name")]
    public async Task A_malformed_role_arn_is_refused_before_any_call(string roleArn)
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        job.With["role-to-assume"] = roleArn;
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job);

        AssertFailedLeavingNothing(result, job);
        var line = Assert.Single(result.Log);
        Assert.StartsWith("The input 'role-to-assume' was refused:", line.Data, StringComparison.Ordinal);
        Assert.Contains($"'{roleArn}' is not an IAM role ARN: expected arn:aws:iam::123456789012:role/NAME", line.Data, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task An_audience_the_identity_provider_does_not_list_is_refused_by_sts_with_the_audience_hint()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        job.With["audience"] = "api://ecr-login";
        var (oidc, ecr) = (world.Emulator.OidcCalls, world.Emulator.PrivateCalls);

        var result = await StepRunner.InProcessAsync(job);

        var error = AssertFailedLeavingNothing(result, job);
        Assert.Contains("failed with InvalidIdentityToken: Incorrect token audience", error, StringComparison.Ordinal);
        Assert.Contains("the audience is sts.amazonaws.com (or the one the provider lists)", error, StringComparison.Ordinal);
        Assert.Equal((oidc + 1, ecr), (world.Emulator.OidcCalls, world.Emulator.PrivateCalls));
    }
}
