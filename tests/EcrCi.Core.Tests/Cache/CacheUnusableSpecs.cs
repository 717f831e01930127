using System.Diagnostics;
using EcrCi.Cache;
using EcrCi.Logging;
using EcrCi.Tests.EndToEnd;
using EcrCi.Tokens;

namespace EcrCi.Tests.Cache;

/// <summary>
/// A cache that cannot be used never fails or stalls a login: only a lock that another process
/// holds is waited for; any other error makes the login go on without the cache at once.
/// Tests run as root, where permissions stop nothing, so a folder in place of a file makes
/// the error (the same "access denied" a read-only or foreign file gives).
/// </summary>
public sealed class CacheUnusableSpecs(CacheWorld world) : IClassFixture<CacheWorld>, IDisposable
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-cache-spec-");

    private TokenCacheOptions Cache => new() { Directory = folder.FullName };

    private string CacheFile => Path.Combine(folder.FullName, TokenCacheOptions.FileName);

    [Fact]
    public async Task A_lock_file_that_cannot_be_opened_makes_the_login_go_on_without_the_cache_at_once()
    {
        Directory.CreateDirectory(CacheFile + ".lock");
        var logger = new CapturingLogger();
        var watch = Stopwatch.StartNew();

        var result = await EcrAuth.GetTokensAsync(world.Options(Cache, logger, registries: "111111111111"));

        Assert.True(watch.Elapsed < Prompt, $"took {watch.Elapsed}, the lock was waited for as if held (deadline {RetrySettings.Default.Deadline})");
        Assert.Equal(world.Emulator.Password, result.Tokens[0].Password.Reveal());
        var warning = Assert.Single(logger.Events, e => e.Level == EcrLogLevel.Warning);
        Assert.Contains("going on without the cache", warning.Render(), StringComparison.Ordinal);
        Assert.DoesNotContain("stayed locked", warning.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cache_file_that_cannot_be_read_makes_the_login_go_on_without_the_cache_with_a_warning()
    {
        Directory.CreateDirectory(CacheFile);
        var logger = new CapturingLogger();
        var before = world.Emulator.PrivateCalls;
        var watch = Stopwatch.StartNew();

        var first = await EcrAuth.GetTokensAsync(world.Options(Cache, logger, registries: "111111111111"));
        var second = await EcrAuth.GetTokensAsync(world.Options(Cache, registries: "111111111111"));

        Assert.True(watch.Elapsed < Prompt, $"took {watch.Elapsed}");
        Assert.Equal(world.Emulator.Password, first.Tokens[0].Password.Reveal());
        Assert.Equal(world.Emulator.Password, second.Tokens[0].Password.Reveal());
        Assert.Equal(before + 2, world.Emulator.PrivateCalls);
        var warning = Assert.Single(logger.Events, e => e.Level == EcrLogLevel.Warning);
        Assert.Contains("cannot be read", warning.Render(), StringComparison.Ordinal);
        Assert.True(Directory.Exists(CacheFile), "the unreadable cache path was replaced or moved");
    }

    [Fact]
    public async Task A_lock_held_by_another_holder_is_still_waited_for_until_the_deadline()
    {
        Directory.CreateDirectory(folder.FullName);
        using var held = new FileStream(CacheFile + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var logger = new CapturingLogger();
        var deadline = TimeSpan.FromSeconds(1.5);
        var options = world.Options(Cache, logger, registries: "111111111111");
        options = options with { AttemptTimeout = TimeSpan.FromSeconds(1), RetryDeadline = deadline };
        var watch = Stopwatch.StartNew();

        var result = await EcrAuth.GetTokensAsync(options);

        Assert.True(watch.Elapsed >= deadline, $"took {watch.Elapsed}: the held lock was not waited for");
        Assert.Equal(world.Emulator.Password, result.Tokens[0].Password.Reveal());
        var warning = Assert.Single(logger.Events, e => e.Level == EcrLogLevel.Warning);
        Assert.Contains("stayed locked", warning.Render(), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
