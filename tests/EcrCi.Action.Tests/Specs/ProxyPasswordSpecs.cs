using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;
using EcrCi.Testing;

namespace EcrCi.Action.Tests.Specs;

/// <summary>The native binary behind a proxy that refuses the job's HTTPS_PROXY credentials.</summary>
[Collection(ActionWorldCollection.Name)]
public class ProxyPasswordSpecs(ActionWorld world)
{
    [Fact]
    public async Task A_proxy_that_answers_407_fails_the_step_without_printing_the_password_of_https_proxy()
    {
        var binary = await ActionBinary.PathAsync();
        await using var proxy = RefusingProxy.Start();
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.Env.Remove("AWS_ENDPOINT_URL_ECR");
        job.Env["HTTPS_PROXY"] = proxy.Url;
        job.With["retry-attempts"] = "1";

        var result = await StepRunner.AsProcessAsync(job, binary);

        Assert.Equal(1, result.ExitCode);
        Assert.True(proxy.Requests > 0, "the step did not go through the proxy");
        Assert.Contains("407", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(("add-mask", proxy.Password), (result.Log[0].Command, result.Log[0].Data));
        Assert.DoesNotContain(proxy.Password, string.Join('\n', result.Log.Skip(1).Select(l => l.Text)) + result.StandardError, StringComparison.Ordinal);
        Assert.All(result.RawFiles, file => Assert.DoesNotContain(proxy.Password, file, StringComparison.Ordinal));
    }
}
