using EcrCi.Cli.Tests.Infrastructure;

namespace EcrCi.Cli.Tests.Commands;

/// <summary><c>get-login-password [REGISTRY]</c>: the registry's host names the account and the region, as the piped docker login names the host.</summary>
[Collection(CliCollection.Name)]
public class PasswordSpecs(CliWorld world)
{
    [Fact]
    public async Task A_registry_host_decides_the_account_and_the_region_of_the_password()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["AWS_REGION"] = "us-east-1";

        var result = await sandbox.RunAsync("get-login-password", "333333333333.dkr.ecr.eu-central-1.amazonaws.com", "--no-cache");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(world.Emulator.Password, result.StandardOutput.Trim());
        var call = world.Emulator.Requests[^1];
        Assert.Equal("eu-central-1", call.Region);
        Assert.Equal(["333333333333"], call.RegistryIds);
    }

    [Fact]
    public async Task Without_a_registry_the_password_is_that_of_the_callers_account_in_the_region()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.RunAsync("get-login-password", "--no-cache");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(world.Emulator.Requests[^1].RegistryIds);
        Assert.Equal(CliWorld.Region, world.Emulator.Requests[^1].Region);
    }

    [Fact]
    public async Task A_registry_and_a_region_that_disagree_are_refused_before_any_call()
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.TotalRequests;

        var result = await sandbox.RunAsync("get-login-password", "333333333333.dkr.ecr.eu-central-1.amazonaws.com", "--region", "us-west-2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("eu-central-1", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(calls, world.Emulator.TotalRequests);
    }
}
