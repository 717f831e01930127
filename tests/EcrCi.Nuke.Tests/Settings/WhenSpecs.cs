namespace EcrCi.Nuke.Tests.Settings;

/// <summary>Nuke's conditional configuration: <c>When(condition, configure)</c> on every settings type.</summary>
public class WhenSpecs
{
    [Fact]
    public void When_applies_the_configuration_only_if_the_condition_holds()
    {
        var start = new EcrLoginSettings().SetRegistries("111111111111");

        var server = start.When(true, _ => _.SetRetryAttempts(10).EnableFips());
        var local = start.When(false, _ => _.SetRetryAttempts(10).EnableFips());

        Assert.Equal(10, server.RetryAttempts);
        Assert.True(server.Fips);
        Assert.Equal(["111111111111"], server.Registries);
        Assert.Same(start, local);
        Assert.Null(start.RetryAttempts);
    }

    [Fact]
    public void When_keeps_the_settings_type_of_each_task_so_the_chain_goes_on()
    {
        EcrLoginSettings login = new EcrLoginSettings().When(true, _ => _.SetContainerClient(ContainerClient.Podman)).SetRegion("eu-west-1");
        EcrGetAuthorizationTokenSettings token = new EcrGetAuthorizationTokenSettings().When(true, _ => _.SetPublic(true)).SetRegion("us-east-1");
        EcrGetLoginPasswordSettings password = new EcrGetLoginPasswordSettings().When(false, _ => _.SetPublic(true)).SetRegion("us-east-1");

        Assert.Equal(ContainerClient.Podman, login.ContainerClient);
        Assert.True(token.Public);
        Assert.False(password.Public);
    }

    [Fact]
    public void When_inside_a_task_call_decides_the_settings_the_task_runs_with()
    {
        var error = Assert.Throws<EcrCi.Errors.EcrLoginException>(() =>
            EcrTasks.EcrLogin(_ => _.SetRegistries("111111111111").When(true, s => s.SetRegistries("12345"))));

        Assert.Contains("'12345' is not a valid AWS account id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_configure_or_one_that_returns_null_is_refused_whatever_the_condition()
    {
        var settings = new EcrLoginSettings();
        EcrLoginSettings missing = null!;

        Assert.Throws<ArgumentNullException>(() => settings.When(false, null!));
        Assert.Throws<ArgumentNullException>(() => settings.When(true, null!));
        Assert.Throws<ArgumentNullException>(() => missing.When(true, _ => _));
        var error = Assert.Throws<ArgumentException>(() => settings.When(true, _ => null!));
        Assert.Equal("configure", error.ParamName);
    }
}
