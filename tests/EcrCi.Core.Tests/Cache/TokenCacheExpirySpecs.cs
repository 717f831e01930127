using EcrCi.Cache;
using EcrCi.Errors;

namespace EcrCi.Tests.Cache;

public sealed class TokenCacheExpirySpecs(CacheWorld world) : IClassFixture<CacheWorld>, IDisposable
{
    private const string Account = "111111111111";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-cache-spec-");
    private readonly FakeClock clock = new(DateTimeOffset.UtcNow);

    private TokenCacheOptions Cache(TimeSpan? margin = null) => new() { Directory = folder.FullName, Clock = clock, RefreshMargin = margin };

    private async Task<int> CallsForAsync(TokenCacheOptions cache, IReadOnlyDictionary<string, string?>? variables = null)
    {
        var before = world.Emulator.PrivateCalls;
        var result = await EcrAuth.GetTokensAsync(world.Options(cache, variables: variables, registries: Account));
        Assert.Equal(world.Emulator.Password, result.Tokens[0].Password.Reveal());
        return world.Emulator.PrivateCalls - before;
    }

    [Fact]
    public async Task A_fresh_token_is_served_from_the_cache_without_a_call()
    {
        Assert.Equal(1, await CallsForAsync(Cache()));
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await CallsForAsync(Cache()));
    }

    [Fact]
    public async Task By_default_a_token_is_refreshed_once_half_its_life_has_passed()
    {
        Assert.Equal(1, await CallsForAsync(Cache()));

        clock.Advance(TimeSpan.FromHours(5.9));
        Assert.Equal(0, await CallsForAsync(Cache()));
        clock.Advance(TimeSpan.FromHours(0.2));
        Assert.Equal(1, await CallsForAsync(Cache()));
        Assert.Equal(0, await CallsForAsync(Cache()));
    }

    [Fact]
    public async Task A_configured_margin_keeps_a_token_until_that_long_before_it_expires()
    {
        Assert.Equal(1, await CallsForAsync(Cache(TimeSpan.FromHours(1))));

        clock.Advance(TimeSpan.FromHours(10.9));
        Assert.Equal(0, await CallsForAsync(Cache(TimeSpan.FromHours(1))));
        clock.Advance(TimeSpan.FromHours(0.2));
        Assert.Equal(1, await CallsForAsync(Cache(TimeSpan.FromHours(1))));
    }

    [Fact]
    public async Task The_margin_variable_sets_the_margin_and_a_bad_value_is_refused()
    {
        var variables = new Dictionary<string, string?> { [TokenCacheOptions.RefreshMarginVariable] = "02:00:00" };
        Assert.Equal(1, await CallsForAsync(Cache(), variables));
        clock.Advance(TimeSpan.FromHours(9.9));
        Assert.Equal(0, await CallsForAsync(Cache(), variables));
        clock.Advance(TimeSpan.FromHours(0.2));
        Assert.Equal(1, await CallsForAsync(Cache(), variables));

        var error = await Assert.ThrowsAsync<EcrLoginException>(() =>
            CallsForAsync(Cache(), new Dictionary<string, string?> { [TokenCacheOptions.RefreshMarginVariable] = "soon" }));
        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains(TokenCacheOptions.RefreshMarginVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_never_served_even_with_no_margin()
    {
        Assert.Equal(1, await CallsForAsync(Cache(TimeSpan.Zero)));
        clock.Advance(TimeSpan.FromHours(11.9));
        Assert.Equal(0, await CallsForAsync(Cache(TimeSpan.Zero)));
        clock.Advance(TimeSpan.FromHours(0.2));

        Assert.Equal(1, await CallsForAsync(Cache(TimeSpan.Zero)));
    }

    [Fact]
    public async Task Expired_entries_leave_the_file_when_it_is_next_written_and_live_ones_stay()
    {
        static string Entry(string key, DateTimeOffset expiresAt) => $$"""
            "{{key}}": {"issuedAt": "{{expiresAt.AddHours(-12):O}}", "tokens": [{"host": "h", "username": "AWS", "password": "p4ssw0rd-of-{{key}}", "expiresAt": "{{expiresAt:O}}"}]}
            """;
        var now = clock.GetUtcNow();
        File.WriteAllText(Path.Combine(folder.FullName, TokenCacheOptions.FileName), $$$"""
            {"format": "ecr-login-token-cache", "version": 1, "entries": {
              {{{Entry("aws|eu-west-1|999999999999|gone", now.AddMinutes(-1))}}},
              {{{Entry("aws|eu-west-1|888888888888|kept", now.AddHours(3))}}}
            }}
            """);

        Assert.Equal(1, await CallsForAsync(Cache()));

        var text = File.ReadAllText(Path.Combine(folder.FullName, TokenCacheOptions.FileName));
        Assert.DoesNotContain("999999999999", text, StringComparison.Ordinal);
        Assert.Contains("|888888888888|kept", text, StringComparison.Ordinal);
        Assert.Contains($"|{Account}|", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_option_nothing_is_cached()
    {
        var before = world.Emulator.PrivateCalls;

        await EcrAuth.GetTokensAsync(world.Options(null, registries: Account));
        await EcrAuth.GetTokensAsync(world.Options(null, registries: Account));

        Assert.Equal(before + 2, world.Emulator.PrivateCalls);
        Assert.Empty(folder.EnumerateFileSystemInfos());
    }

    public void Dispose() => folder.Delete(recursive: true);
}
