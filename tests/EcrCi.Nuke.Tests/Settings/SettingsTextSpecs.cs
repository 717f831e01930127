namespace EcrCi.Nuke.Tests.Settings;

public class SettingsTextSpecs
{
    [Fact]
    public void Settings_show_only_what_is_set()
    {
        var text = new EcrLoginSettings().SetRegistries("111111111111", "222222222222").SetRegion("eu-west-1").ToString();

        Assert.Equal("EcrLoginSettings { Registries = [111111111111, 222222222222], Region = eu-west-1 }", text);
    }

    [Fact]
    public void Every_setting_appears_in_the_text_with_its_name()
    {
        var text = FluentCase.Full.ToString();

        foreach (var name in (string[])["Registries", "Region", "Public", "Profile", "EndpointUrl", "Fips", "DualStack", "Proxy",
                     "RetryAttempts", "RetryMode = adaptive", "AttemptTimeout", "RetryDeadline", "ContainerClient = podman", "ContainerClientPath", "DockerConfig", "LoginTimeout = 00:00:10"])
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_proxy_or_endpoint_with_a_user_and_password_shows_them_redacted()
    {
        var settings = new EcrGetAuthorizationTokenSettings()
            .SetProxy("http://builder:s3cr3t-proxy-pw@proxy.example.test:3128")
            .SetEndpointUrl("https://key:s3cr3t-endpoint-pw@ecr.example.test");

        var text = settings.ToString();

        Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal);
        Assert.DoesNotContain("builder", text, StringComparison.Ordinal);
        Assert.Contains("Proxy = http://[REDACTED]@proxy.example.test:3128/", text, StringComparison.Ordinal);
        Assert.Contains("EndpointUrl = https://[REDACTED]@ecr.example.test/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_text_depends_on_no_secret_held_elsewhere_in_the_process()
    {
        // Redaction belongs to each login: a long-lived build host keeps no process-wide list of secrets.
        var secret = new Secrets.Secret("pw-" + Guid.NewGuid().ToString("N"));

        var text = new EcrLoginSettings().SetProfile(secret.Reveal()).ToString();

        Assert.Contains($"Profile = {secret.Reveal()}", text, StringComparison.Ordinal);
    }
}
