using EcrCi.Errors;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.DockerConfig;

/// <summary>A Docker config that is not a JSON object is refused before any call, and kept byte for byte.</summary>
public class CorruptConfigSpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    [Theory]
    [InlineData("{\"auths\": {", "line 1")]
    [InlineData("{\n  \"auths\": {\n    \"a.example\": {\"auth\": \"QVdTOng=\"},\n  }\n}\n", "line 4")]
    [InlineData("[\"auths\"]", "its root is not a JSON object")]
    [InlineData("{} {}", "line 1")]
    public async Task A_corrupt_config_is_refused_before_any_network_call_and_kept_as_it_is(string content, string where)
    {
        using var config = new TempDirectory();
        await File.WriteAllTextAsync(config.File("config.json"), content);
        var requests = world.Emulator.TotalRequests;
        var journal = world.Emulator.Requests.Count;

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount)));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains(config.File("config.json"), error.Message, StringComparison.Ordinal);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Equal(requests, world.Emulator.TotalRequests);
        Assert.Equal(journal, world.Emulator.Requests.Count);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(content), await File.ReadAllBytesAsync(config.File("config.json")));
        Assert.Equal([config.File("config.json")], Directory.GetFileSystemEntries(config.Path));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public async Task A_blank_config_which_Docker_accepts_is_not_refused(string content)
    {
        using var config = new TempDirectory();
        await File.WriteAllTextAsync(config.File("config.json"), content);

        var result = await EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount));

        Assert.Contains(result.Tokens[0].Host, await File.ReadAllTextAsync(config.File("config.json")), StringComparison.Ordinal);
    }
}
