using System.Diagnostics;
using System.Text.Json;
using EcrCi.Cli.Tests.Infrastructure;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Helper;

/// <summary>
/// The credential helper, as Docker starts it, uses the cache folder's token cache,
/// <c>aliases.json</c> and log only when the folder is the user's own and nothing it uses there
/// is a link: a planted alias never sends a host to another account, a planted log link never
/// makes it append to a file of the user's. It warns on standard error and still answers.
/// </summary>
[Collection(CliCollection.Name)]
public class HelperCacheFolderTrustSpecs(CliWorld world)
{
    private const string PlantedAccount = "333333333333";

    [Fact]
    public async Task Aliases_planted_in_a_cache_folder_of_another_user_are_ignored_and_get_still_answers()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.CacheDirectory);
        PlantAlias(Path.Combine(sandbox.CacheDirectory, "aliases.json"));
        await ChownAsync(sandbox.CacheDirectory, 1001);
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        await AssertPlantedAliasIgnoredAsync(sandbox, "owned by uid 1001");
        Assert.Equal(["aliases.json"], Directory.GetFileSystemEntries(sandbox.CacheDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_aliases_json_that_is_a_symbolic_link_is_not_read_and_get_still_answers()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.CacheDirectory);
        var planted = Path.Combine(sandbox.Root, "planted-aliases.json");
        PlantAlias(planted);
        File.CreateSymbolicLink(Path.Combine(sandbox.CacheDirectory, "aliases.json"), planted);
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        await AssertPlantedAliasIgnoredAsync(sandbox, "aliases.json is a symbolic link");
    }

    [Fact]
    public async Task A_helper_log_linked_to_a_victim_file_leaves_the_victim_unchanged_and_get_still_answers()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.CacheDirectory);
        var victim = Path.Combine(sandbox.Root, "victim.txt");
        File.WriteAllText(victim, "the user's own file\n");
        File.CreateSymbolicLink(Path.Combine(sandbox.CacheDirectory, "credential-helper.log"), victim);
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        var answered = await sandbox.HelperAsync("get", world.First.Host);
        var refused = await sandbox.HelperAsync("get", "not a host!");

        Assert.True(answered.ExitCode == 0, answered.ToString());
        Assert.Equal(world.Emulator.Password, JsonDocument.Parse(answered.StandardOutput).RootElement.GetProperty("Secret").GetString());
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("the user's own file\n", File.ReadAllText(victim));
        foreach (var result in new[] { answered, refused })
        {
            Assert.Contains($"The cache folder {sandbox.CacheDirectory} is not safe to use (its credential-helper.log is a symbolic link)", result.StandardError, StringComparison.Ordinal);
        }

        Assert.Contains("server URL", refused.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.Password, answered.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(sandbox.CacheFile), "the token cache was written in a folder that is not safe to use");
    }

    private async Task AssertPlantedAliasIgnoredAsync(Sandbox sandbox, string reason)
    {
        var before = world.Emulator.Requests.Count;

        var answered = await sandbox.HelperAsync("get", world.First.Host);
        var planted = await sandbox.HelperAsync("get", world.Second.Host);

        Assert.True(answered.ExitCode == 0, answered.ToString());
        Assert.Equal(world.Emulator.Password, JsonDocument.Parse(answered.StandardOutput).RootElement.GetProperty("Secret").GetString());
        Assert.Equal(1, planted.ExitCode);
        Assert.Equal("credentials not found in native keychain", planted.StandardOutput.Trim());
        Assert.DoesNotContain(world.Emulator.Requests.Skip(before), r => r.RegistryIds.Contains(PlantedAccount));
        Assert.Contains($"The cache folder {sandbox.CacheDirectory} is not safe to use (", answered.StandardError, StringComparison.Ordinal);
        Assert.Contains(reason, answered.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(sandbox.CacheFile), "the token cache was written in a folder that is not safe to use");
        Assert.False(File.Exists(Path.Combine(sandbox.CacheDirectory, "credential-helper.log")), "the log was written in a folder that is not safe to use");
    }

    /// <summary>An aliases file that would send the second registry's host to another account.</summary>
    private void PlantAlias(string path) =>
        File.WriteAllText(path, $$$"""{"aliases":{"{{{world.Second.Host}}}":"{{{PlantedAccount}}}@{{{CliWorld.Region}}}"}}""");

    private static async Task ChownAsync(string path, int user)
    {
        TestEnvironment.RequireOrThrow(!OperatingSystem.IsWindows() && Environment.UserName == "root", "root (to give a folder to another user)", "run the tests as root on Linux, as CI does");
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-h", $"{user}:{user}", path]) { UseShellExecute = false })!;
        await chown.WaitForExitAsync();
        Assert.Equal(0, chown.ExitCode);
    }
}
