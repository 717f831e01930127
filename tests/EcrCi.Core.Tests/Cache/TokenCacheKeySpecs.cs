using EcrCi.Cache;
using EcrCi.Logging;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.Cache;

public sealed class TokenCacheKeySpecs(CacheWorld world) : IClassFixture<CacheWorld>, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-cache-spec-");

    private TokenCacheOptions Cache => new() { Directory = folder.FullName };

    [Fact]
    public async Task Another_identity_never_gets_the_cached_token()
    {
        var before = world.Emulator.PrivateCalls;

        await EcrAuth.GetTokensAsync(world.Options(Cache, registries: "111111111111"));
        await EcrAuth.GetTokensAsync(world.Options(Cache, identity: world.Other, registries: "111111111111"));
        await EcrAuth.GetTokensAsync(world.Options(Cache, identity: world.Other, registries: "111111111111"));

        Assert.Equal(before + 2, world.Emulator.PrivateCalls);
        Assert.Equal([world.Emulator.AccessKeyId, world.Other.AccessKeyId], world.Emulator.Requests.TakeLast(2).Select(r => r.AccessKeyId));
    }

    [Fact]
    public async Task Each_registry_has_its_own_entry_so_a_later_subset_needs_no_call()
    {
        var before = world.Emulator.PrivateCalls;

        var both = await EcrAuth.GetTokensAsync(world.Options(Cache, registries: ["111111111111", "222222222222"]));
        var second = await EcrAuth.GetTokensAsync(world.Options(Cache, registries: "222222222222"));
        Assert.Equal(before + 1, world.Emulator.PrivateCalls);
        var mixed = await EcrAuth.GetTokensAsync(world.Options(Cache, registries: ["222222222222", "333333333333"]));

        Assert.Equal(before + 2, world.Emulator.PrivateCalls);
        Assert.Equal(both.Tokens[1].Host, second.Tokens[0].Host);
        Assert.Equal(["222222222222.dkr.ecr.eu-west-1.amazonaws.com", "333333333333.dkr.ecr.eu-west-1.amazonaws.com"], mixed.Tokens.Select(t => t.Host));
    }

    [Fact]
    public async Task A_region_is_part_of_the_key()
    {
        var before = world.Emulator.PrivateCalls;

        await EcrAuth.GetTokensAsync(world.Options(Cache, registries: "111111111111.dkr.ecr.eu-west-1.amazonaws.com"));
        await EcrAuth.GetTokensAsync(world.Options(Cache, registries: "111111111111.dkr.ecr.us-east-2.amazonaws.com"));
        await EcrAuth.GetTokensAsync(world.Options(Cache, registries: "111111111111.dkr.ecr.us-east-2.amazonaws.com"));

        Assert.Equal(before + 2, world.Emulator.PrivateCalls);
    }

    [Fact]
    public async Task The_callers_own_account_and_ECR_Public_are_cached_too()
    {
        var privateBefore = world.Emulator.PrivateCalls;
        var publicBefore = world.Emulator.PublicCalls;

        for (var i = 0; i < 2; i++)
        {
            var own = await EcrAuth.GetTokensAsync(world.Options(Cache));
            var publicToken = await EcrAuth.GetTokensAsync(world.Options(Cache) with { Public = true });
            Assert.Equal($"{world.Emulator.Options.DefaultAccountId}.dkr.ecr.eu-west-1.amazonaws.com", own.Tokens[0].Host);
            Assert.Equal("public.ecr.aws", publicToken.Tokens[0].Host);
        }

        Assert.Equal(privateBefore + 1, world.Emulator.PrivateCalls);
        Assert.Equal(publicBefore + 1, world.Emulator.PublicCalls);
    }

    [Fact]
    public async Task A_cache_folder_that_cannot_be_used_only_costs_a_warning()
    {
        var blocker = Path.Combine(folder.FullName, "a-file");
        File.WriteAllText(blocker, "not a folder");
        var logger = new CapturingLogger();

        var result = await EcrAuth.GetTokensAsync(world.Options(new TokenCacheOptions { Directory = Path.Combine(blocker, "cache") }, logger, registries: "111111111111"));

        Assert.Equal(world.Emulator.Password, result.Tokens[0].Password.Reveal());
        Assert.Contains(logger.Events, e => e.Level == EcrLogLevel.Warning && e.Render().Contains("going on without the cache", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
