using System.Diagnostics;
using System.Runtime.Versioning;
using EcrCi.Cache;
using EcrCi.Files;
using EcrCi.Logging;
using EcrCi.Testing;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.Cache;

/// <summary>
/// A cache folder another user could have planted (theirs, writable by a group or by all, a
/// link) or a link planted in it is never used: the login warns, naming the folder and why,
/// and goes on without the cache, writing nothing there. The specs run as root and give the
/// folder to another uid with <c>chown</c>.
/// </summary>
public sealed class CacheFolderTrustSpecs(CacheWorld world) : IClassFixture<CacheWorld>, IDisposable
{
    private const int OtherUser = 1001;
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("ecr-login-cache-trust-");

    private string Folder => Path.Combine(root.FullName, "ecr-login");

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_group_writable_cache_folder_is_not_used_and_the_login_warns_and_succeeds()
    {
        RequireUnix();
        Directory.CreateDirectory(Folder);
        File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute);

        await AssertLoginsGoOnWithoutTheCacheAsync(Folder, "group-writable");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_world_writable_cache_folder_is_not_used_even_with_the_sticky_bit()
    {
        RequireUnix();
        Directory.CreateDirectory(Folder);
        File.SetUnixFileMode(Folder, (UnixFileMode)Convert.ToInt32("1777", 8));

        await AssertLoginsGoOnWithoutTheCacheAsync(Folder, "world-writable");
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_cache_folder_owned_by_another_user_is_not_used_and_the_login_warns_and_succeeds()
    {
        RequireRoot();
        Directory.CreateDirectory(Folder);
        await ChownAsync(Folder);

        await AssertLoginsGoOnWithoutTheCacheAsync(Folder, $"owned by uid {OtherUser}");
    }

    [Fact]
    public async Task A_cache_folder_that_is_a_symbolic_link_is_not_used()
    {
        var target = Directory.CreateDirectory(Path.Combine(root.FullName, "elsewhere")).FullName;
        Directory.CreateSymbolicLink(Folder, target);

        await AssertLoginsGoOnWithoutTheCacheAsync(Folder, "symbolic link");
        Assert.Empty(Directory.GetFileSystemEntries(target));
    }

    [Fact]
    public async Task A_cache_file_linked_to_a_victim_file_leaves_the_victim_unchanged()
    {
        Directory.CreateDirectory(Folder);
        var victim = Path.Combine(root.FullName, "victim.txt");
        File.WriteAllText(victim, "the user's own file\n");
        File.CreateSymbolicLink(Path.Combine(Folder, TokenCacheOptions.FileName), victim);
        File.CreateSymbolicLink(Path.Combine(Folder, TokenCacheOptions.FileName + ".lock"), victim);

        await AssertLoginsGoOnWithoutTheCacheAsync(Folder, $"{TokenCacheOptions.FileName} is a symbolic link", expectNoFiles: false);
        Assert.Equal("the user's own file\n", File.ReadAllText(victim));
        Assert.NotNull(new FileInfo(Path.Combine(Folder, TokenCacheOptions.FileName)).LinkTarget);
    }

    [Fact]
    public void A_folder_of_this_user_with_owner_only_modes_is_trusted_and_one_not_yet_there_too()
    {
        Assert.Null(TrustedFolder.Distrust(Folder, TokenCacheOptions.FileName));
        OwnerOnlyFiles.EnsureFolder(Folder);
        Assert.Null(TrustedFolder.Distrust(Folder, TokenCacheOptions.FileName));
    }

    public void Dispose() => root.Delete(recursive: true);

    private async Task AssertLoginsGoOnWithoutTheCacheAsync(string folder, string reason, bool expectNoFiles = true)
    {
        var cache = new TokenCacheOptions { Directory = folder };
        var logger = new CapturingLogger();
        var before = world.Emulator.PrivateCalls;

        var first = await EcrAuth.GetTokensAsync(world.Options(cache, logger, registries: "111111111111"));
        var second = await EcrAuth.GetTokensAsync(world.Options(cache, logger, registries: "111111111111"));

        Assert.Equal(world.Emulator.Password, first.Tokens[0].Password.Reveal());
        Assert.Equal(world.Emulator.Password, second.Tokens[0].Password.Reveal());
        Assert.Equal(before + 2, world.Emulator.PrivateCalls);
        var warnings = logger.Events.Where(e => e.Level == EcrLogLevel.Warning).Select(e => e.Render()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains($"The token cache folder {folder} is not safe to use (", w, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.Contains(reason, w, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.Contains("going on without the cache", w, StringComparison.Ordinal));
        if (expectNoFiles)
        {
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
    }

    private static void RequireUnix() =>
        TestEnvironment.RequireOrThrow(!OperatingSystem.IsWindows(), "Unix file modes", "run these tests on Linux or macOS");

    [UnsupportedOSPlatform("windows")]
    private static void RequireRoot()
    {
        RequireUnix();
        TestEnvironment.RequireOrThrow(UnixFileStatus.EffectiveUser == 0, "root (to give a folder to another user)", "run the tests as root, as CI does");
    }

    private static async Task ChownAsync(string path)
    {
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-h", $"{OtherUser}:{OtherUser}", path]) { UseShellExecute = false })!;
        await chown.WaitForExitAsync();
        Assert.Equal(0, chown.ExitCode);
    }
}
