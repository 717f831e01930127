using System.Text.Json;
using EcrCi.Cache;
using EcrCi.Logging;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.Cache;

public sealed class CacheFileRecoverySpecs(CacheWorld world) : IClassFixture<CacheWorld>, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-cache-spec-");

    private string CacheFile => Path.Combine(folder.FullName, TokenCacheOptions.FileName);

    [Theory]
    [InlineData("\u0000\u0001garbage{{{")]
    [InlineData("""{"format":"ecr-login-token-cache","version":1,"entries":{"k":{"tokens":[{"host":"h"}]}}}""")]
    [InlineData("""{"auths":{}}""")]
    [InlineData("""{"format":"ecr-login-token-cache","version":0,"entries":{}}""")]
    [InlineData("[1,2,3]")]
    public async Task A_corrupt_or_foreign_file_is_set_aside_with_a_warning_and_rebuilt(string content)
    {
        File.WriteAllText(CacheFile, content);
        var logger = new CapturingLogger();
        var before = world.Emulator.PrivateCalls;

        var result = await EcrAuth.GetTokensAsync(world.Options(new TokenCacheOptions { Directory = folder.FullName }, logger, registries: "111111111111"));
        var again = await EcrAuth.GetTokensAsync(world.Options(new TokenCacheOptions { Directory = folder.FullName }, registries: "111111111111"));

        Assert.Equal(world.Emulator.Password, result.Tokens[0].Password.Reveal());
        Assert.Equal(world.Emulator.Password, again.Tokens[0].Password.Reveal());
        Assert.Equal(before + 1, world.Emulator.PrivateCalls);
        var warning = Assert.Single(logger.Events, e => e.Level == EcrLogLevel.Warning);
        Assert.Contains("was unreadable", warning.Render(), StringComparison.Ordinal);
        var aside = Assert.Single(folder.GetFiles("tokens.json.corrupt-*"));
        Assert.Equal(content, File.ReadAllText(aside.FullName));
        using var rebuilt = JsonDocument.Parse(File.ReadAllText(CacheFile));
        Assert.Equal("ecr-login-token-cache", rebuilt.RootElement.GetProperty("format").GetString());
        Assert.Single(rebuilt.RootElement.GetProperty("entries").EnumerateObject());
    }

    [Fact]
    public async Task An_empty_file_is_simply_a_cache_with_nothing_in_it()
    {
        File.WriteAllText(CacheFile, string.Empty);
        var logger = new CapturingLogger();

        await EcrAuth.GetTokensAsync(world.Options(new TokenCacheOptions { Directory = folder.FullName }, logger, registries: "111111111111"));

        Assert.DoesNotContain(logger.Events, e => e.Level == EcrLogLevel.Warning);
        Assert.Empty(folder.GetFiles("tokens.json.corrupt-*"));
    }

    [Fact]
    public async Task Only_the_newest_set_aside_copy_is_kept()
    {
        string[] older = ["tokens.json.corrupt-20240101T000000Z-aaaaaa", "tokens.json.corrupt-20240102T000000Z-bbbbbb"];
        foreach (var name in older)
        {
            File.WriteAllText(Path.Combine(folder.FullName, name), """{"password":"an-old-plaintext-password"}""");
        }

        File.WriteAllText(CacheFile, "{ damaged");

        await EcrAuth.GetTokensAsync(world.Options(new TokenCacheOptions { Directory = folder.FullName }, registries: "111111111111"));

        var aside = Assert.Single(folder.GetFiles("tokens.json.corrupt-*"));
        Assert.DoesNotContain(aside.Name, older);
        Assert.Equal("{ damaged", File.ReadAllText(aside.FullName));
    }

    [Fact]
    public async Task A_file_of_a_newer_format_version_is_left_alone_and_the_login_goes_on_without_the_cache()
    {
        const string newer = """{"format":"ecr-login-token-cache","version":2,"entries":{"written by":"a newer ecr-login"}}""";
        File.WriteAllText(CacheFile, newer);
        var logger = new CapturingLogger();
        var before = world.Emulator.PrivateCalls;

        var first = await EcrAuth.GetTokensAsync(world.Options(new TokenCacheOptions { Directory = folder.FullName }, logger, registries: "111111111111"));
        var second = await EcrAuth.GetTokensAsync(world.Options(new TokenCacheOptions { Directory = folder.FullName }, logger, registries: "111111111111"));

        Assert.Equal(world.Emulator.Password, first.Tokens[0].Password.Reveal());
        Assert.Equal(world.Emulator.Password, second.Tokens[0].Password.Reveal());
        Assert.Equal(before + 2, world.Emulator.PrivateCalls);
        Assert.Equal(newer, File.ReadAllText(CacheFile));
        Assert.Empty(folder.GetFiles("tokens.json.corrupt-*"));
        var warnings = logger.Events.Where(e => e.Level == EcrLogLevel.Warning).Select(e => e.Render()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, warning => Assert.Contains("newer ecr-login (format version 2)", warning, StringComparison.Ordinal));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
