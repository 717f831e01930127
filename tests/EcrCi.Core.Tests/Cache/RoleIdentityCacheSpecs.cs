using EcrCi.Aws;
using EcrCi.Cache;

namespace EcrCi.Tests.Cache;

/// <summary>Temporary identities are cached by the role they belong to, not by the session's keys.</summary>
public sealed class RoleIdentityCacheSpecs(CacheWorld world) : IClassFixture<CacheWorld>, IDisposable
{
    private const string Role = "arn:aws:iam::111111111111:role/path/ecr-login-ci";
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-role-cache-spec-");

    [Fact]
    public async Task A_new_session_of_the_same_role_is_served_from_the_cache()
    {
        world.Emulator.TrustRole(Role, "repo:org/app:");
        var tokenFile = Path.Combine(folder.FullName, "token");
        await File.WriteAllTextAsync(tokenFile, world.Emulator.IssueOidcToken());
        var before = world.Emulator.PrivateCalls;

        var first = await EcrAuth.GetTokensAsync(RoleOptions(tokenFile));
        await File.WriteAllTextAsync(tokenFile, world.Emulator.IssueOidcToken());
        var second = await EcrAuth.GetTokensAsync(RoleOptions(tokenFile));

        Assert.Equal(before + 1, world.Emulator.PrivateCalls);
        Assert.Equal(first.Tokens[0].Password.Reveal(), second.Tokens[0].Password.Reveal());
    }

    [Fact]
    public void A_role_and_its_sessions_share_one_fingerprint_and_other_roles_do_not()
    {
        var role = IdentityFingerprint.ForRole("arn:aws:iam::111111111111:role/path/ecr-login-ci");

        Assert.NotNull(role);
        Assert.Equal(role, IdentityFingerprint.ForRole("arn:aws:sts::111111111111:assumed-role/ecr-login-ci/session-1"));
        Assert.NotEqual(role, IdentityFingerprint.ForRole("arn:aws:iam::222222222222:role/ecr-login-ci"));
        Assert.NotEqual(role, IdentityFingerprint.ForRole("arn:aws-cn:iam::111111111111:role/ecr-login-ci"));
        Assert.NotEqual(role, IdentityFingerprint.ForRole("arn:aws:iam::111111111111:role/other"));
        Assert.Null(IdentityFingerprint.ForRole("arn:aws:iam::111111111111:user/ci"));
    }

    [Fact]
    public async Task A_cache_file_keeps_a_bounded_number_of_entries_and_drops_the_oldest()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        var cache = new TokenCacheOptions { Directory = folder.FullName, Clock = clock };
        for (var i = 0; i < TokenCache.MaxEntries + 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await EcrAuth.GetTokensAsync(world.Options(cache, registries: $"{100000000000 + i}"));
        }

        var document = CacheDocument.Parse(File.ReadAllBytes(Path.Combine(folder.FullName, TokenCacheOptions.FileName)));

        Assert.Equal(TokenCache.MaxEntries, document.Entries.Count);
        Assert.DoesNotContain(document.Entries.Keys, k => k.Contains("|100000000000|", StringComparison.Ordinal));
        Assert.Contains(document.Entries.Keys, k => k.Contains($"|{100000000000 + TokenCache.MaxEntries + 2}|", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Delete(recursive: true);

    private EcrAuthOptions RoleOptions(string tokenFile) => world.Options(new TokenCacheOptions { Directory = folder.FullName }, registries: "111111111111") with
    {
        Credentials = null,
        RoleToAssume = Role,
        WebIdentityTokenFile = tokenFile,
        EnvironmentVariables = AwsEnvironment.FromDictionary(new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_ECR"] = world.Emulator.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_STS"] = world.Emulator.StsEndpoint.ToString(),
            ["AWS_REGION"] = "eu-west-1",
        }).Get,
    };
}
