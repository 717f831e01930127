using System.Text.Json.Nodes;
using EcrCi.Errors;
using EcrCi.Tests.DockerConfig;

namespace EcrCi.Tests.EndToEnd;

/// <summary>What a failed login leaves behind, with the real docker and registries.</summary>
public class FailedLoginRollbackSpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    /// <summary>An account whose registry refuses connections, so its login fails.</summary>
    private const string Unreachable = "333333333333";

    private EcrAuthOptions OneGoodOneFailing(string config)
    {
        world.Emulator.MapRegistry(Unreachable, "127.0.0.1:1");
        return world.Options(config, null, RegistryWorld.FirstAccount, Unreachable) with { LoginTimeout = TimeSpan.FromSeconds(20) };
    }

    [Fact]
    public async Task A_read_only_config_shows_dockers_own_message_and_writes_nothing()
    {
        using var config = new TempDirectory();
        const string before = """{"auths":{"other.example":{"auth":"b3RoZXI6b3RoZXI="}}}""";
        await File.WriteAllTextAsync(config.File("config.json"), before);
        EcrLoginException error;
        using (new ReadOnlyPaths(config.Path, config.File("config.json")))
        {
            error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount)));
        }

        Assert.Equal(EcrErrorKind.ContainerClientFailed, error.Kind);
        Assert.StartsWith($"docker login {world.First.Host} failed with exit code 1: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Error saving credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("undone", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(config.File("config.json")));
        Assert.Equal([config.File("config.json")], Directory.GetFileSystemEntries(config.Path));
    }

    [Fact]
    public async Task An_empty_config_stays_empty_after_a_failed_login()
    {
        using var config = new TempDirectory();
        await File.WriteAllTextAsync(config.File("config.json"), string.Empty);

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.LoginAsync(OneGoodOneFailing(config.Path)));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains($"(undone: put the {config.File("config.json")} entries of {world.First.Host} back as they were)", error.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, await File.ReadAllTextAsync(config.File("config.json")));
        Assert.Equal([config.File("config.json")], Directory.GetFileSystemEntries(config.Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task With_a_creds_store_the_stored_entries_are_erased_through_it_and_the_message_says_so(bool perHostHelper)
    {
        using var config = new TempDirectory();
        using var store = new RecordingCredentialStore();
        var before = perHostHelper
            ? $$$"""{"credHelpers":{"{{{world.First.Host}}}":"{{{store.Name}}}"}}"""
            : $$"""{"credsStore":"{{store.Name}}"}""";
        await File.WriteAllTextAsync(config.File("config.json"), before);

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.LoginAsync(OneGoodOneFailing(config.Path)));

        Assert.Equal([$"store {world.First.Host}", $"erase {world.First.Host}"], store.Calls.Where(c => !c.StartsWith("get", StringComparison.Ordinal)));
        Assert.Contains($"erased the credentials of {world.First.Host} from docker-credential-{store.Name}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("left as it was", error.Message, StringComparison.Ordinal);
        var auths = JsonNode.Parse(await File.ReadAllTextAsync(config.File("config.json")))!["auths"] as JsonObject;
        Assert.False(auths?.ContainsKey(world.First.Host) ?? false);
    }
}
