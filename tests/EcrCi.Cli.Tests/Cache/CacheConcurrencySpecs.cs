using System.Text.Json;
using EcrCi.Cli.Tests.Infrastructure;

namespace EcrCi.Cli.Tests.Cache;

[Collection(CliCollection.Name)]
public class CacheConcurrencySpecs(CliWorld world)
{
    private const int Processes = 32;

    [Fact]
    public async Task Thirty_two_helper_processes_on_one_cold_cache_make_one_call_per_registry_and_leave_one_valid_file()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = $"{world.FirstAlias},{world.SecondAlias}";
        var hosts = Enumerable.Range(0, Processes).Select(i => i % 2 == 0 ? world.First.Host : world.Second.Host).ToList();
        var calls = world.Emulator.PrivateCalls;

        var cold = await Task.WhenAll(hosts.Select(host => sandbox.HelperAsync("get", host)));
        var coldCalls = world.Emulator.PrivateCalls - calls;
        var warm = await Task.WhenAll(hosts.Select(host => sandbox.HelperAsync("get", host)));

        Assert.All(cold.Concat(warm), result => Assert.True(
            result.ExitCode == 0 && result.StandardOutput.Contains(world.Emulator.Password, StringComparison.Ordinal),
            $"exit {result.ExitCode}: {result.StandardOutput} {result.StandardError}"));
        Assert.Equal(2, coldCalls);
        Assert.Equal(calls + 2, world.Emulator.PrivateCalls);
        using var file = JsonDocument.Parse(File.ReadAllText(sandbox.CacheFile));
        var keys = file.RootElement.GetProperty("entries").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Contains(keys, key => key.Contains($"|{CliWorld.FirstAccount}|", StringComparison.Ordinal));
        Assert.Contains(keys, key => key.Contains($"|{CliWorld.SecondAccount}|", StringComparison.Ordinal));
        Assert.Equal(["tokens.json", "tokens.json.lock"], Directory.GetFiles(sandbox.CacheDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_helper_recovers_a_corrupt_cache_file_and_logs_why()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        Directory.CreateDirectory(sandbox.CacheDirectory);
        File.WriteAllText(sandbox.CacheFile, "{\"format\":\"ecr-login-token-cache\",\"version\":1,\"entries\":{");

        var result = await sandbox.HelperAsync("get", world.First.Host);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(world.Emulator.Password, result.StandardOutput, StringComparison.Ordinal);
        var log = File.ReadAllText(Path.Combine(sandbox.CacheDirectory, "credential-helper.log"));
        Assert.Contains("was unreadable", log, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(sandbox.CacheDirectory, "tokens.json.corrupt-*"));
        using var rebuilt = JsonDocument.Parse(File.ReadAllText(sandbox.CacheFile));
        Assert.Single(rebuilt.RootElement.GetProperty("entries").EnumerateObject());
        Assert.DoesNotContain(world.Emulator.Password, log, StringComparison.Ordinal);
    }
}
