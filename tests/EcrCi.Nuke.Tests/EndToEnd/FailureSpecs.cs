using EcrCi.Nuke.Tests.World;

namespace EcrCi.Nuke.Tests.EndToEnd;

[Collection(NukeWorldCollection.Name)]
public class FailureSpecs(NukeWorld world)
{
    [Fact]
    public async Task A_bad_account_id_fails_the_target_with_the_clear_message_and_a_failing_exit_code()
    {
        using var run = new BuildRun();
        var requests = world.Emulator.TotalRequests;

        await run.RunAsync(world, "Login", "--registries", "12345");

        Assert.Equal(1, run.Result.ExitCode);
        Assert.Contains("'12345' is not a valid AWS account id: expected exactly 12 digits.", run.Result.StandardError, StringComparison.Ordinal);
        Assert.Contains("[Error] Target Login has thrown an exception", run.Log, StringComparison.Ordinal);
        Assert.Contains("EcrCi.Errors.EcrLoginException", run.Log, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task A_region_that_contradicts_the_registry_host_fails_the_target_with_the_clear_message()
    {
        using var run = new BuildRun();

        await run.RunAsync(world, "Login", "--registries", "111111111111.dkr.ecr.eu-west-1.amazonaws.com", "--region", "us-east-1");

        Assert.Equal(1, run.Result.ExitCode);
        Assert.Contains("is in region eu-west-1 but the region us-east-1 was requested", run.Result.StandardError, StringComparison.Ordinal);
    }
}
