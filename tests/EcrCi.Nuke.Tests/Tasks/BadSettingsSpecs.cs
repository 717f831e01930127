using EcrCi.Errors;
using EcrCi.Nuke.Tests.World;

namespace EcrCi.Nuke.Tests.Tasks;

[Collection(NukeWorldCollection.Name)]
public class BadSettingsSpecs(NukeWorld world)
{
    private EcrLoginException Fails(Action task)
    {
        var requests = world.Emulator.TotalRequests;
        var error = Assert.Throws<EcrLoginException>(task);
        Assert.Equal(requests, world.Emulator.TotalRequests);
        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        return error;
    }

    [Fact]
    public void A_bad_account_id_fails_with_the_clear_message_before_any_call()
    {
        var error = Fails(() => EcrTasks.EcrLogin(_ => _.SetRegistries("12345").SetEndpointUrl(world.Emulator.Endpoint)));

        Assert.Contains("'12345'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AWS account id", error.Message, StringComparison.Ordinal);
        Assert.Contains("12 digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_that_contradicts_the_registry_host_fails_with_the_clear_message()
    {
        var error = Fails(() => EcrTasks.EcrGetAuthorizationToken(_ => _
            .SetRegistries("111111111111.dkr.ecr.eu-west-1.amazonaws.com")
            .SetRegion("us-east-1")
            .SetEndpointUrl(world.Emulator.Endpoint)));

        Assert.Contains("is in region eu-west-1 but the region us-east-1 was requested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logout_without_registries_fails_with_the_clear_message()
    {
        var error = Fails(() => EcrTasks.EcrLogout(_ => _.SetRegion("eu-west-1")));

        Assert.Equal(Errors.EcrErrorKind.InvalidInput, error.Kind);
        Assert.Equal(nameof(EcrAuthOptions.Registries), error.Option);
        Assert.Contains("needs the registries to log out of, and none were given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logout_of_an_account_id_without_any_region_fails_with_the_clear_message()
    {
        using var noRegion = new ScopedEnvironment(new Dictionary<string, string?> { ["AWS_REGION"] = null, ["AWS_DEFAULT_REGION"] = null });

        var error = Fails(() => EcrTasks.EcrLogout(_ => _.SetRegistries("111111111111")));

        Assert.Contains("No AWS region for registry '111111111111'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_login_password_for_two_registries_is_refused_with_the_alternative()
    {
        var error = Fails(() => EcrTasks.EcrGetLoginPassword(_ => _.SetRegistries("111111111111", "222222222222")));

        Assert.Contains("name one registry, or use EcrGetAuthorizationToken for several", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EU-WEST-1", "'EU-WEST-1' is not an AWS region")]
    [InlineData("mars-central-1x", "'mars-central-1x' is not an AWS region")]
    public void A_malformed_region_fails_with_the_clear_message(string region, string message)
    {
        var error = Fails(() => EcrTasks.EcrLogin(_ => _.SetRegistries(NukeWorld.FirstAccount).SetRegion(region).SetEndpointUrl(world.Emulator.Endpoint)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Public_with_a_private_registry_fails_with_the_clear_message()
    {
        var error = Fails(() => EcrTasks.EcrLogin(_ => _.EnablePublic().SetRegistries(NukeWorld.FirstAccount).SetRegion("eu-west-1").SetEndpointUrl(world.Emulator.Endpoint)));

        Assert.Contains("ECR Public was chosen but private registries were given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_retry_and_timeout_settings_fail_with_the_clear_message()
    {
        var attempts = Fails(() => EcrTasks.EcrGetAuthorizationToken(_ => _.SetRegistries(NukeWorld.FirstAccount).SetRetryAttempts(0)));
        var timeout = Fails(() => EcrTasks.EcrLogin(_ => _.SetRegistries(NukeWorld.FirstAccount).SetLoginTimeout(TimeSpan.Zero)));

        Assert.Contains("retry attempts", attempts.Message, StringComparison.Ordinal);
        Assert.Contains(" 0", attempts.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 20", attempts.Message, StringComparison.Ordinal);
        Assert.Contains("login timeout", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("00:00:00", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("more than zero", timeout.Message, StringComparison.Ordinal);
    }
}
