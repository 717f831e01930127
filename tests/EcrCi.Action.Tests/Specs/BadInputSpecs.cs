using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;

namespace EcrCi.Action.Tests.Specs;

[Collection(ActionWorldCollection.Name)]
public class BadInputSpecs(ActionWorld world)
{
    private static void AssertRefused(StepResult result, string expected)
    {
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Log);
        Assert.Equal("error", line.Command);
        Assert.Contains(expected, line.Data, StringComparison.Ordinal);
        Assert.All(result.RawFiles, Assert.Empty);
    }

    [Theory]
    [InlineData("registry-type", "community", "The input 'registry-type' is 'community': expected private or public.")]
    [InlineData("registries", "12345678901", "'12345678901' is not a valid AWS account id: expected exactly 12 digits. It has 11 digits")]
    [InlineData("registries", "111111111111,ghcr.io", "'ghcr.io' is not an Amazon ECR registry")]
    [InlineData("mask-password", "yes", "The input 'mask-password' is 'yes': expected true or false")]
    [InlineData("region", "Europe", "'Europe' is not an AWS region")]
    [InlineData("retry-attempts", "0", "The input 'retry-attempts' is '0': expected a whole number from 1 to 20.")]
    [InlineData("container-client", "rkt", "The input 'container-client' is 'rkt': expected docker, podman, nerdctl or finch.")]
    [InlineData("http-proxy", "ftp://proxy", "The input 'http-proxy' is not a valid proxy URL")]
    public async Task A_bad_input_fails_with_its_clear_error_before_any_network_call_and_writes_nothing(string input, string value, string expected)
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With[input] = value;
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job);

        AssertRefused(result, expected);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task A_region_that_contradicts_a_registry_host_is_refused_naming_both()
    {
        using var job = world.NewJob($"{ActionWorld.FirstAccount}.dkr.ecr.us-east-1.amazonaws.com");
        job.With["region"] = "eu-west-1";
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job);

        AssertRefused(result, "is in region us-east-1 but the region eu-west-1 was requested");
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task Private_registries_with_registry_type_public_are_refused()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["registry-type"] = "public";

        var result = await StepRunner.InProcessAsync(job);

        AssertRefused(result, "ECR Public was chosen but private registries were given");
    }

    [Fact]
    public async Task A_missing_GITHUB_OUTPUT_is_an_error_and_nothing_is_fetched()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job, adjust: variables => variables.Remove("GITHUB_OUTPUT"));

        AssertRefused(result, "GITHUB_OUTPUT is not set, so step outputs cannot be written");
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task Export_without_a_runner_temp_folder_is_an_error_and_nothing_is_fetched()
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["export-docker-config"] = "true";
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job, adjust: variables => variables.Remove("RUNNER_TEMP"));

        AssertRefused(result, "RUNNER_TEMP is not set");
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task A_proxy_password_is_masked_first_and_never_shown_when_the_proxy_fails()
    {
        const string proxyPassword = "Pr0xy-S3cret-Value";
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With["http-proxy"] = $"http://builder:{proxyPassword}@127.0.0.1:1";
        job.With["retry-attempts"] = "1";

        var result = await StepRunner.InProcessAsync(job);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(("add-mask", proxyPassword), (result.Log[0].Command, result.Log[0].Data));
        Assert.Contains("Could not reach", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.DoesNotContain(proxyPassword, string.Join('\n', result.Log.Skip(1).Select(l => l.Text)), StringComparison.Ordinal);
        Assert.All(result.RawFiles, Assert.Empty);
    }
}
