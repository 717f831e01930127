using System.Text;
using System.Text.Json.Nodes;
using EcrCi.Cache;
using EcrCi.Secrets;

namespace EcrCi.Tests.Cache;

/// <summary>A password read back from the cache file is hidden in every form it can take.</summary>
public sealed class CachedTokenSecretSpecs(CacheWorld world) : IClassFixture<CacheWorld>, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-cache-spec-");

    [Fact]
    public async Task A_password_served_from_the_cache_is_redacted_also_as_its_authorization_token()
    {
        var cache = new TokenCacheOptions { Directory = folder.FullName };
        await EcrAuth.GetTokensAsync(world.Options(cache, registries: "111111111111"));
        var password = $"cached-only-{Guid.NewGuid():N}";
        var path = Path.Combine(folder.FullName, TokenCacheOptions.FileName);
        var file = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var entry in file["entries"]!.AsObject())
        {
            entry.Value!["tokens"]![0]!["password"] = password;
        }

        File.WriteAllText(path, file.ToJsonString());
        var before = world.Emulator.PrivateCalls;

        var served = await EcrAuth.GetTokensAsync(world.Options(cache, registries: "111111111111"));

        Assert.Equal(before, world.Emulator.PrivateCalls);
        Assert.Equal(password, served.Tokens[0].Password.Reveal());
        var authorizationToken = Convert.ToBase64String(Encoding.UTF8.GetBytes($"AWS:{password}"));
        Assert.Equal($"auth {Secret.Mask}", served.Redact($"auth {authorizationToken}"));
        Assert.Equal($"password {Secret.Mask}", served.Redact($"password {password}"));
    }

    [Fact]
    public void A_cached_token_prints_without_its_password()
    {
        // CachedToken is internal to the core: reached by name, as nothing public hands one out.
        var type = typeof(TokenCacheOptions).Assembly.GetType("EcrCi.Cache.CachedToken", throwOnError: true)!;
        var password = $"printed-{Guid.NewGuid():N}";
        var token = Activator.CreateInstance(type, "111111111111.dkr.ecr.eu-west-1.amazonaws.com", "AWS", password,
            DateTimeOffset.UtcNow.AddHours(12), "111111111111", "eu-west-1", "https://111111111111.dkr.ecr.eu-west-1.amazonaws.com")!;

        var text = token.ToString()!;

        Assert.DoesNotContain(password, text, StringComparison.Ordinal);
        Assert.Contains($"Password = {Secret.Mask}", text, StringComparison.Ordinal);
        Assert.Contains("Host = 111111111111.dkr.ecr.eu-west-1.amazonaws.com", text, StringComparison.Ordinal);
        Assert.StartsWith("CachedToken {", text, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
