using System.Diagnostics;
using EcrCi.Testing;

namespace EcrCi.Benchmarks;

/// <summary>
/// The floor the container client sets: bare <c>docker login --password-stdin</c> processes, one
/// and three at once, with no token call. The ratio of a full login cannot beat this one's.
/// </summary>
internal static class DockerFloor
{
    public static async Task<(List<double> One, List<double> Three)> MeasureAsync(int iterations)
    {
        var tokens = (await EcrAuth.GetTokensAsync(new EcrAuthOptions { Registries = Host.Accounts })).Tokens;
        var one = new List<double>();
        var three = new List<double>();
        await LoginAsync(tokens[0]);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await LoginAsync(tokens[0]);
            one.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await Task.WhenAll(tokens.Select(LoginAsync));
            three.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (one, three);
    }

    private static async Task LoginAsync(Tokens.AuthorizationToken token)
    {
        var login = await ProcessRunner.RunAsync(
            new ProcessRequest("docker", ["login", "--username", token.Username, "--password-stdin", token.Host]) { StandardInput = token.Password.Reveal() });
        if (login.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker login {token.Host} failed");
        }
    }
}
