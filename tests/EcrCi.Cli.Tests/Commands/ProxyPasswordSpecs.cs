using EcrCi.Cli.Tests.Infrastructure;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Commands;

/// <summary>A proxy that refuses the credentials of HTTPS_PROXY: every output names the failure, none holds the password.</summary>
[Collection(CliCollection.Name)]
public class ProxyPasswordSpecs(CliWorld world)
{
    [Theory]
    [InlineData("HTTPS_PROXY")]
    [InlineData("https_proxy")]
    [InlineData("ALL_PROXY")]
    [InlineData("all_proxy")]
    public async Task A_proxy_that_answers_407_is_named_without_the_password_of_the_variable(string variable)
    {
        await using var proxy = RefusingProxy.Start();
        using var sandbox = ThroughProxy(variable, proxy.Url);

        var result = await sandbox.RunAsync("get-login-password", "--region", CliWorld.Region, "--verbose");

        Assert.NotEqual(0, result.ExitCode);
        Assert.True(proxy.Requests > 0, "the CLI did not go through the proxy");
        Assert.Contains("407", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(proxy.Password, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_credential_helper_answers_docker_and_logs_without_the_proxy_password()
    {
        await using var proxy = RefusingProxy.Start();
        using var sandbox = ThroughProxy("HTTPS_PROXY", proxy.Url);

        var result = await sandbox.HelperAsync("get", $"{CliWorld.FirstAccount}.dkr.ecr.{CliWorld.Region}.amazonaws.com");

        Assert.Equal(1, result.ExitCode);
        Assert.True(proxy.Requests > 0, "the helper did not go through the proxy");
        var log = File.ReadAllText(Path.Combine(sandbox.CacheDirectory, "credential-helper.log"));
        Assert.DoesNotContain(proxy.Password, result.StandardOutput + result.StandardError + log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_encoded_proxy_password_is_hidden_in_both_forms()
    {
        await using var proxy = RefusingProxy.Start("pa:ss@w/rd-" + Guid.NewGuid().ToString("N"));
        var encoded = Uri.EscapeDataString(proxy.Password);
        using var sandbox = ThroughProxy("HTTPS_PROXY", $"http://ci:{encoded}@127.0.0.1:{proxy.Port}");

        var result = await sandbox.RunAsync("get-login-password", "--region", CliWorld.Region, "--verbose");

        var printed = result.StandardOutput + result.StandardError;
        Assert.True(proxy.Requests > 0, "the CLI did not go through the proxy");
        Assert.DoesNotContain(encoded, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(proxy.Password, printed, StringComparison.Ordinal);
    }

    /// <summary>The standard endpoint (reached only through the proxy, which never forwards), one attempt.</summary>
    private Sandbox ThroughProxy(string variable, string url)
    {
        var sandbox = world.NewSandbox();
        sandbox.Variables.Remove("AWS_ENDPOINT_URL_ECR");
        sandbox.Variables["AWS_MAX_ATTEMPTS"] = "1";
        sandbox.Variables[variable] = url;
        return sandbox;
    }
}
