using Cake.Core;
using Cake.EcrCi;
using EcrCi.Errors;

namespace EcrCi.Cake.Tests.Aliases;

public class SettingsSpecs(EmulatorWorld world) : IClassFixture<EmulatorWorld>
{
    [Fact]
    public void Unset_region_and_endpoint_are_read_from_Cakes_environment()
    {
        var context = world.Context(("AWS_REGION", "ap-southeast-2"));
        var calls = world.Emulator.Requests.Count;

        var tokens = context.EcrGetAuthorizationToken(world.Settings());

        var request = Assert.Single(world.Emulator.Requests.Skip(calls));
        Assert.Equal("ap-southeast-2", request.Region);
        Assert.Empty(request.RegistryIds);
        Assert.Equal("123456789012.dkr.ecr.ap-southeast-2.amazonaws.com", Assert.Single(tokens).Host);
    }

    [Fact]
    public void An_explicit_region_and_endpoint_win_over_the_environment()
    {
        var context = world.Context(("AWS_ENDPOINT_URL_ECR", "http://127.0.0.1:1/"), ("AWS_REGION", "us-east-1"));
        var settings = world.Settings(EmulatorWorld.Account);
        settings.EndpointUrl = world.Emulator.Endpoint;
        settings.Region = "eu-central-1";

        var token = Assert.Single(context.EcrGetAuthorizationToken(settings));

        Assert.Equal("111111111111.dkr.ecr.eu-central-1.amazonaws.com", token.Host);
        Assert.Equal("eu-central-1", world.Emulator.Requests[^1].Region);
    }

    [Fact]
    public void A_bad_AWS_RETRY_MODE_in_Cakes_environment_is_refused_before_any_call()
    {
        var requests = world.Emulator.TotalRequests;

        var error = Assert.Throws<CakeException>(() => world.Context(("AWS_RETRY_MODE", "fast")).EcrGetAuthorizationToken(world.Settings(EmulatorWorld.Account)));

        Assert.Contains("AWS_RETRY_MODE is 'fast'", error.Message, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public void An_explicit_retry_mode_wins_over_AWS_RETRY_MODE()
    {
        var settings = world.Settings(EmulatorWorld.Account);
        settings.RetryMode = RetryMode.Adaptive;

        var token = Assert.Single(world.Context(("AWS_RETRY_MODE", "fast")).EcrGetAuthorizationToken(settings));

        Assert.Equal("111111111111.dkr.ecr.eu-west-1.amazonaws.com", token.Host);
    }

    [Fact]
    public void Public_asks_ECR_Public_for_public_ecr_aws()
    {
        var publicCalls = world.Emulator.PublicCalls;
        var settings = world.Settings();
        settings.Public = true;

        var token = Assert.Single(world.Context().EcrGetAuthorizationToken(settings));

        Assert.Equal("public.ecr.aws", token.Host);
        Assert.Null(token.AccountId);
        Assert.Equal(publicCalls + 1, world.Emulator.PublicCalls);
    }

    [Fact]
    public void A_proxy_setting_sends_the_token_call_through_the_proxy()
    {
        var requests = world.Emulator.TotalRequests;
        var settings = world.Settings(EmulatorWorld.Account);
        settings.Proxy = new Uri("http://127.0.0.1:1");
        settings.RetryAttempts = 1;

        var error = Assert.Throws<CakeException>(() => world.Context().EcrGetAuthorizationToken(settings));

        Assert.Equal(EcrErrorKind.Network, Assert.IsType<EcrLoginException>(error.InnerException).Kind);
        Assert.Contains("HTTPS_PROXY", error.Message, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    [Fact]
    public void A_named_container_client_is_the_one_looked_for()
    {
        var settings = world.Settings(EmulatorWorld.Account);
        settings.ContainerClient = "Podman";

        var error = Assert.Throws<CakeException>(() => world.Context(("PATH", "")).EcrLogin(settings));

        Assert.Contains("podman is not on PATH", error.Message, StringComparison.Ordinal);
        Assert.Equal(EcrErrorKind.ContainerClientMissing, Assert.IsType<EcrLoginException>(error.InnerException).Kind);
    }
}
