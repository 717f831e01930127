
namespace EcrCi.Nuke.Tests.Settings;

public class OptionsMappingSpecs
{
    private static readonly Logging.IEcrLogger Quiet = new Discard();

    [Fact]
    public void Every_login_setting_reaches_the_core_options()
    {
        var options = FluentCase.Full.ToLoginOptions(Quiet);

        Assert.Equal(["111111111111", "222222222222"], options.Registries);
        Assert.Equal("eu-west-1", options.Region);
        Assert.True(options.Public);
        Assert.Equal("ci", options.Profile);
        Assert.Equal(new Uri("https://ecr.example.test/"), options.EndpointUrl);
        Assert.True(options.UseFips);
        Assert.True(options.UseDualStack);
        Assert.Equal(new Uri("http://proxy.example.test:3128/"), options.Proxy);
        Assert.Equal(3, options.RetryAttempts);
        Assert.Equal(RetryMode.Adaptive, options.RetryMode);
        Assert.Equal(TimeSpan.FromSeconds(5), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(20), options.RetryDeadline);
        Assert.Equal("podman", options.ContainerClient);
        Assert.Equal("/usr/bin/podman", options.ContainerClientPath);
        Assert.Equal("/tmp/docker", options.DockerConfig);
        Assert.Equal(TimeSpan.FromSeconds(10), options.LoginTimeout);
        Assert.Same(Quiet, options.Logger);
    }

    [Fact]
    public void Unset_settings_keep_the_core_defaults_and_read_the_environment()
    {
        var options = new EcrLoginSettings().ToLoginOptions(Quiet);
        var defaults = new EcrAuthOptions();

        Assert.Empty(options.Registries);
        Assert.Null(options.Region);
        Assert.Null(options.UseFips);
        Assert.Null(options.UseDualStack);
        Assert.Null(options.RetryMode);
        Assert.Null(options.ContainerClient);
        Assert.Null(options.DockerConfig);
        Assert.Null(options.EnvironmentVariables);
        Assert.Equal("nuke", options.FrontEnd);
        Assert.Equal(defaults with { Logger = Quiet, Registries = options.Registries, FrontEnd = "nuke" }, options);
    }

    [Fact]
    public void A_long_attempt_timeout_without_a_deadline_stretches_the_deadline_to_fit()
    {
        var options = new EcrGetAuthorizationTokenSettings().SetAttemptTimeout(TimeSpan.FromMinutes(2)).ToOptions(Quiet);

        Assert.Equal(TimeSpan.FromMinutes(2), options.AttemptTimeout);
        Assert.Null(options.RetryDeadline);
        // The core stretches its default deadline to the attempt timeout instead of refusing the settings.
        Assert.Single(EcrAuth.ResolveRegistryHosts(options with { Registries = ["123456789012.dkr.ecr.eu-west-1.amazonaws.com"] }));
    }

    private sealed class Discard : Logging.IEcrLogger
    {
        public void Log(Logging.EcrLogEvent logEvent)
        {
        }
    }
}
