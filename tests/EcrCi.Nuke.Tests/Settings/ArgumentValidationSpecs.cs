namespace EcrCi.Nuke.Tests.Settings;

public class ArgumentValidationSpecs
{
    private static readonly EcrLoginSettings Settings = new();

    [Fact]
    public void Fluent_methods_refuse_null_settings()
    {
        EcrLoginSettings missing = null!;

        Assert.Throws<ArgumentNullException>(() => missing.SetRegion("eu-west-1"));
        Assert.Throws<ArgumentNullException>(() => missing.ClearRegistries());
        Assert.Throws<ArgumentNullException>(() => missing.SetDockerConfig("/tmp/docker"));
        Assert.Throws<ArgumentNullException>(() => missing.ResetLoginTimeout());
    }

    [Fact]
    public void A_null_registry_list_or_a_null_registry_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Settings.SetRegistries((IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>(() => Settings.AddRegistries((string[])null!));
        Assert.Throws<ArgumentNullException>(() => Settings.RemoveRegistries((IEnumerable<string>)null!));
        var error = Assert.Throws<ArgumentException>(() => Settings.AddRegistries("111111111111", null!));
        Assert.Contains("A registry is null", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Blank_text_settings_are_refused_and_reset_is_the_way_to_unset(string blank)
    {
        Assert.Throws<ArgumentException>(() => Settings.SetRegion(blank));
        Assert.Throws<ArgumentException>(() => Settings.SetProfile(blank));
        Assert.Throws<ArgumentException>(() => Settings.SetContainerClientPath(blank));
        Assert.Throws<ArgumentException>(() => Settings.SetDockerConfig(blank));
        Assert.Throws<ArgumentException>(() => Settings.SetEndpointUrl(blank));
        Assert.Throws<ArgumentException>(() => Settings.SetProxy(blank));
    }

    [Fact]
    public void Null_values_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Settings.SetRegion(null!));
        Assert.Throws<ArgumentNullException>(() => Settings.SetContainerClient(null!));
        Assert.Throws<ArgumentNullException>(() => Settings.SetEndpointUrl((Uri)null!));
        Assert.Throws<ArgumentNullException>(() => Settings.SetProxy((Uri)null!));
    }

    [Theory]
    [InlineData("api.ecr.eu-west-1.amazonaws.com")]
    [InlineData("ftp://proxy.example.test")]
    [InlineData("/relative/path")]
    public void A_url_that_is_not_absolute_http_is_refused_with_what_is_expected(string url)
    {
        var endpoint = Assert.Throws<ArgumentException>(() => Settings.SetEndpointUrl(url));
        var proxy = Assert.Throws<ArgumentException>(() => Settings.SetProxy(url));

        Assert.Contains("Expected an absolute http:// or https:// URL", endpoint.Message, StringComparison.Ordinal);
        Assert.Equal("endpointUrl", endpoint.ParamName);
        Assert.Equal("proxy", proxy.ParamName);
    }

    [Theory]
    [InlineData("socks5://builder:hunter2-secret@proxy.example.test:1080")]
    [InlineData("builder:hunter2-secret@proxy.example.test:3128")]
    [InlineData("hunter2-secret@proxy.example.test:3128")]
    public void A_refused_proxy_url_never_repeats_its_password(string proxy)
    {
        var error = Assert.Throws<ArgumentException>(() => Settings.SetProxy(proxy));

        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://user:password@proxy.example.com:3128", error.Message, StringComparison.Ordinal);
        Assert.Equal("proxy", error.ParamName);
    }

    [Fact]
    public void A_configurator_that_returns_null_is_refused_before_anything_runs()
    {
        var error = Assert.Throws<ArgumentException>(() => EcrTasks.EcrLogin(_ => null!));

        Assert.Contains("returned null", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => EcrTasks.EcrLogin((Func<EcrLoginSettings, EcrLoginSettings>)null!));
    }
}
