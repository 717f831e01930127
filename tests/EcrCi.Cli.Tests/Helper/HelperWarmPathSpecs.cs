using EcrCi.Cli.Tests.Infrastructure;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Helper;

/// <summary>
/// The Native AOT helper's warm path, as Docker calls it on every pull: a token answered from
/// the cache loads no TLS or crypto library (the dynamic loader's own log says what it loads).
/// </summary>
[Collection(CliCollection.Name)]
public class HelperWarmPathSpecs(CliWorld world)
{
    private static bool LoadsCrypto(CommandResult result) =>
        result.StandardError.Contains("libcrypto.so", StringComparison.Ordinal) || result.StandardError.Contains("libssl.so", StringComparison.Ordinal);

    [Fact]
    public async Task A_token_answered_from_the_cache_loads_no_crypto_library_while_a_fetch_does()
    {
        TestEnvironment.RequireOrThrow(OperatingSystem.IsLinux(), "the glibc dynamic loader (LD_DEBUG)", "run this spec on Linux");
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        sandbox.Variables["LD_DEBUG"] = "libs";
        var binary = await NativeCliBinary.PathAsync();

        var cold = await CliProcess.RunAsync(binary, ["credential-helper", "get"], sandbox.Environment(), world.First.Host + "\n");
        var warm = await CliProcess.RunAsync(binary, ["credential-helper", "get"], sandbox.Environment(), world.First.Host + "\n");

        Assert.True(cold.ExitCode == 0 && warm.ExitCode == 0, $"{cold.StandardOutput}\n{warm.StandardOutput}");
        Assert.Contains(world.Emulator.Password, warm.StandardOutput, StringComparison.Ordinal);
        Assert.True(LoadsCrypto(cold), "the cold call fetched a token without loading libcrypto, so the loader's log is not what this spec reads");
        Assert.False(LoadsCrypto(warm), "the warm call loaded a TLS or crypto library");
    }
}
