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
    [InlineData("retry-attempts", "0", "The input 'retry-attempts' was refused: The retry attempts is 0: expected 1 to 20")]
    [InlineData("retry-mode", "fast", "The input 'retry-mode' is 'fast': expected legacy, standard or adaptive.")]
    [InlineData("login-timeout-seconds", "0", "The input 'login-timeout-seconds' was refused: The login timeout is 00:00:00: expected more than zero.")]
    [InlineData("login-timeout-seconds", "1m", "The input 'login-timeout-seconds' is '1m': expected a number of seconds")]
    [InlineData("container-client", "rkt", "The input 'container-client' was refused: 'rkt' is not a supported container client: expected docker, podman, nerdctl or finch")]
    [InlineData("http-proxy", "ftp://proxy", "The input 'http-proxy' is not a valid proxy URL")]
    [InlineData("aws-region", "Europe", "'Europe' is not an AWS region")]
    [InlineData("role-duration-seconds", "3600.0", "The input 'role-duration-seconds' is '3600.0': expected a whole number")]
    [InlineData("output-credentials", "true", "The input 'output-credentials' applies only to a role assumed with 'role-to-assume', which is empty: set 'role-to-assume' to the role's ARN, or drop 'output-credentials'.")]
    [InlineData("role-session-name", "release", "The input 'role-session-name' was refused: A role session name applies only to a role to assume")]
    [InlineData("role-duration-seconds", "900", "The input 'role-duration-seconds' was refused: A role duration applies only to a role to assume")]
    [InlineData("audience", "api://ecr-login", "The input 'audience' was refused: An OIDC audience applies only to a role to assume")]
    public async Task A_bad_input_fails_with_its_clear_error_before_any_network_call_and_writes_nothing(string input, string value, string expected)
    {
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.With[input] = value;
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job);

        AssertRefused(result, expected);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Theory]
    [InlineData("role-duration-seconds", "899", "The input 'role-duration-seconds' was refused: The role duration 899 s is out of range: expected 900 to 43200 seconds")]
    [InlineData("role-duration-seconds", "43201", "The input 'role-duration-seconds' was refused: The role duration 43201 s is out of range: expected 900 to 43200 seconds")]
    [InlineData("role-duration-seconds", "+3600", "The input 'role-duration-seconds' is '+3600': expected a whole number")]
    [InlineData("role-duration-seconds", "1h", "The input 'role-duration-seconds' is '1h': expected a whole number")]
    [InlineData("role-session-name", "release 42", "The role session name 'release 42' is not valid: expected 2 to 64 characters")]
    [InlineData("role-session-name", "r", "The role session name 'r' is not valid")]
    [InlineData("output-credentials", "yes", "The input 'output-credentials' is 'yes': expected true or false")]
    public async Task A_bad_role_input_fails_with_its_clear_error_before_any_call(string input, string value, string expected)
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        job.With[input] = value;
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job);

        AssertRefused(result, expected);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task Region_and_aws_region_with_different_values_are_refused_naming_both()
    {
        using var job = world.NewRoleJob(ActionWorld.FirstAccount);
        job.With["region"] = "eu-central-1";
        var requests = world.Emulator.TotalRequests;

        var result = await StepRunner.InProcessAsync(job);

        AssertRefused(result, "The inputs 'region' (eu-central-1) and 'aws-region' (eu-west-1) disagree: 'aws-region' is another name for 'region', so give one of them (or the same region in both).");
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
