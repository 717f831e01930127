using EcrCi.Nuke.Tests.World;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.EndToEnd;

[Collection(NukeWorldCollection.Name)]
public class ProxyPasswordSpecs(NukeWorld world)
{
    [Fact]
    public async Task A_proxy_that_answers_407_fails_the_target_without_the_password_of_https_proxy_in_any_log()
    {
        await using var proxy = RefusingProxy.Start();
        using var run = new BuildRun();
        var changes = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_ECR"] = null,
            ["AWS_MAX_ATTEMPTS"] = "1",
            ["HTTPS_PROXY"] = proxy.Url,
        };

        await run.RunAsync(world, changes, "Login", "--registries", "111111111111.dkr.ecr.eu-west-1.amazonaws.com");

        Assert.Equal(1, run.Result.ExitCode);
        Assert.True(proxy.Requests > 0, "the build did not go through the proxy");
        Assert.Contains("407", run.Everything, StringComparison.Ordinal);
        Assert.DoesNotContain(proxy.Password, run.Everything, StringComparison.Ordinal);
    }
}
