using EcrCi.Clients;
using EcrCi.Tokens;

namespace EcrCi.Nuke.Tests.Settings;

public class OptionsMappingSpecs
{
    [Fact]
    public void Every_login_setting_reaches_the_core_options()
    {
        var options = FluentCase.Full.ToLoginOptions(Logging.NullEcrLogger.Instance);

        Assert.Equal(["111111111111", "222222222222"], options.Registries);
        Assert.Equal("eu-west-1", options.Region);
        Assert.True(options.Public);
        Assert.Equal("ci", options.Profile);
        Assert.Equal(new Uri("https://ecr.example.test/"), options.EndpointUrl);
        Assert.True(options.UseFips);
        Assert.True(options.UseDualStack);
        Assert.Equal(new Uri("http://proxy.example.test:3128/"), options.Proxy);
        Assert.Equal(3, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Retry.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Retry.Deadline);
        Assert.Equal(ContainerClientKind.Podman, options.ContainerClient);
        Assert.Equal("/usr/bin/podman", options.ContainerClientPath);
        Assert.Equal("/tmp/docker", options.DockerConfig);
        Assert.Equal(TimeSpan.FromSeconds(10), options.LoginTimeout);
        Assert.Same(Logging.NullEcrLogger.Instance, options.Logger);
    }

    [Fact]
    public void Unset_settings_keep_the_core_defaults_and_read_the_environment()
    {
        var options = new EcrLoginSettings().ToLoginOptions(Logging.NullEcrLogger.Instance);
        var defaults = new EcrAuthOptions();

        Assert.Empty(options.Registries);
        Assert.Null(options.Region);
        Assert.Null(options.UseFips);
        Assert.Null(options.UseDualStack);
        Assert.Null(options.ContainerClient);
        Assert.Null(options.DockerConfig);
        Assert.Null(options.Environment);
        Assert.Equal(RetrySettings.Default, options.Retry);
        Assert.Equal(defaults.LoginTimeout, options.LoginTimeout);
    }

    [Fact]
    public void A_long_attempt_timeout_without_a_deadline_stretches_the_deadline_to_fit()
    {
        var options = new EcrGetAuthorizationTokenSettings().SetAttemptTimeout(TimeSpan.FromMinutes(2)).ToOptions(Logging.NullEcrLogger.Instance);

        Assert.Equal(TimeSpan.FromMinutes(2), options.Retry.Deadline);
        options.Retry.Validate();
    }
}
