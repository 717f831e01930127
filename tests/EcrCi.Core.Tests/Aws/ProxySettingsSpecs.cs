using System.Net;
using EcrCi.Aws;
using EcrCi.Secrets;

namespace EcrCi.Tests.Aws;

public class ProxySettingsSpecs
{
    private static WebProxy Proxy(string url, string? noProxy = null) => Proxy(url, new Redactor(), noProxy);

    private static WebProxy Proxy(string url, Redactor redactor, string? noProxy = null) =>
        (WebProxy)ProxySettings.For(new Uri(url), AwsEnvironment.FromDictionary(new Dictionary<string, string?> { ["NO_PROXY"] = noProxy }), redactor)!;

    [Fact]
    public void A_user_and_password_in_the_url_become_credentials_and_leave_the_address()
    {
        var password = "p@ss:" + Guid.NewGuid().ToString("N")[..8];
        var redactor = new Redactor();
        var proxy = Proxy($"http://ci-user:{Uri.EscapeDataString(password)}@proxy.example.test:3128", redactor);

        Assert.Equal("http://proxy.example.test:3128/", proxy.Address!.ToString());
        var credentials = proxy.Credentials!.GetCredential(proxy.Address, "Basic")!;
        Assert.Equal(("ci-user", password), (credentials.UserName, credentials.Password));
        Assert.Equal("x [REDACTED] y", redactor.Redact($"x {password} y"));
        Assert.Equal("x [REDACTED] y", redactor.Redact($"x {Uri.EscapeDataString(password)} y"));
    }

    [Theory]
    [InlineData("HTTPS_PROXY")]
    [InlineData("https_proxy")]
    [InlineData("HTTP_PROXY")]
    [InlineData("ALL_PROXY")]
    [InlineData("all_proxy")]
    public void The_password_of_a_proxy_variable_is_redacted_though_dotnet_reads_the_variable_itself(string variable)
    {
        var password = "env-proxy-" + Guid.NewGuid().ToString("N")[..8];
        var redactor = new Redactor();
        var environment = AwsEnvironment.FromDictionary(new Dictionary<string, string?> { [variable] = $"http://ci:{password}@proxy.example.test:3128" });

        Assert.Null(ProxySettings.For(null, environment, redactor));
        Assert.Equal("proxy http://ci:[REDACTED]@proxy.example.test:3128/ failed", redactor.Redact($"proxy http://ci:{password}@proxy.example.test:3128/ failed"));
    }

    [Fact]
    public void A_proxy_without_a_user_has_no_credentials()
    {
        Assert.Null(Proxy("http://proxy.example.test:3128").Credentials);
    }

    [Theory]
    [InlineData("api.ecr.eu-west-1.amazonaws.com", "https://api.ecr.eu-west-1.amazonaws.com/", true)]
    [InlineData("amazonaws.com", "https://api.ecr.eu-west-1.amazonaws.com/", true)]
    [InlineData(".amazonaws.com", "https://api.ecr.eu-west-1.amazonaws.com/", true)]
    [InlineData("*.amazonaws.com", "https://api.ecr.eu-west-1.amazonaws.com/", true)]
    [InlineData("amazonaws.com", "https://notamazonaws.com/", false)]
    [InlineData("169.254.169.254", "http://169.254.169.254/latest", true)]
    [InlineData("localhost", "http://localhost:4566/", true)]
    [InlineData("localhost:4566", "http://localhost:4566/", true)]
    [InlineData("localhost:4566", "http://localhost:4567/", false)]
    [InlineData("*", "https://anything.example/", true)]
    [InlineData("other.example", "https://api.ecr.eu-west-1.amazonaws.com/", false)]
    public void No_proxy_entries_bypass_hosts_domains_and_ports_as_curl_reads_them(string entry, string url, bool bypassed)
    {
        Assert.Equal(bypassed, Proxy("http://proxy.example.test:3128", entry).IsBypassed(new Uri(url)));
    }
}
