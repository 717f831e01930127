using System.Text.Json.Nodes;
using EcrCi.DockerConfig;
using EcrCi.Secrets;
using EcrCi.Tests.EndToEnd;
using EcrCi.Tokens;

namespace EcrCi.Tests.DockerConfig;

public class DockerConfigFileSpecs
{
    /// <summary>A login whose <c>auth</c> entry is <c>QVdTOng=</c> (<c>AWS:x</c>).</summary>
    private static readonly AuthorizationToken Ours = new("ours.example", "AWS", new Secret("x"), DateTimeOffset.UtcNow.AddHours(12));

    private static AuthorizationToken Token(string host) => new(host, "AWS", new Secret("pw-" + Guid.NewGuid()), DateTimeOffset.UtcNow.AddHours(12));

    [Fact]
    public void Entries_lost_to_a_concurrent_write_are_put_back_and_others_kept()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), """{"auths":{"a.example":{"auth":"QVdTOmE="}},"detachKeys":"ctrl-q"}""");
        var config = DockerConfigFile.Snapshot(folder.Path);
        var lost = Token("b.example");

        var restored = config.RestoreLostEntries([Token("a.example"), lost]);

        Assert.Equal(["b.example"], restored);
        var root = JsonNode.Parse(File.ReadAllText(folder.File("config.json")))!;
        Assert.Equal("QVdTOmE=", (string?)root["auths"]!["a.example"]!["auth"]);
        Assert.Equal(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("AWS:" + lost.Password.Reveal())), (string?)root["auths"]!["b.example"]!["auth"]);
        Assert.Equal("ctrl-q", (string?)root["detachKeys"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.File("config.json")));
        }
    }

    [Theory]
    [InlineData("""{"credsStore":"desktop","auths":{}}""")]
    [InlineData("""{"credHelpers":{"b.example":"ecr-login"},"auths":{}}""")]
    public void Entries_kept_by_a_credential_store_or_helper_are_left_to_it(string content)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), content);

        var restored = DockerConfigFile.Snapshot(folder.Path).RestoreLostEntries([Token("b.example")]);

        Assert.Empty(restored);
        Assert.Equal(content, File.ReadAllText(folder.File("config.json")));
    }

    [Fact]
    public void Restore_puts_back_the_exact_bytes_or_removes_a_file_that_did_not_exist()
    {
        using var existing = new TempDirectory();
        using var absent = new TempDirectory();
        File.WriteAllText(existing.File("config.json"), "{ \"auths\": {} }\n");
        var before = DockerConfigFile.Snapshot(existing.Path);
        var none = DockerConfigFile.Snapshot(absent.Path);
        File.WriteAllText(existing.File("config.json"), """{"auths":{"ours.example":{"auth":"QVdTOng="}}}""");
        File.WriteAllText(absent.File("config.json"), """{"auths":{"ours.example":{"auth":"QVdTOng="}}}""");

        before.Restore([Ours]);
        none.Restore([Ours]);

        Assert.Equal("{ \"auths\": {} }\n", File.ReadAllText(existing.File("config.json")));
        Assert.False(File.Exists(absent.File("config.json")));
    }

    [Fact]
    public void Restore_reverts_only_this_runs_registries_and_keeps_what_another_job_wrote_meanwhile()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), """{"auths":{"ours.example":{"auth":"b2xk"}}}""");
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), """{"auths":{"ours.example":{"auth":"QVdTOng="},"theirs.example":{"auth":"dGhlaXJz"}},"detachKeys":"ctrl-q"}""");

        before.Restore([Ours]);

        var root = JsonNode.Parse(File.ReadAllText(folder.File("config.json")))!;
        Assert.Equal("b2xk", (string?)root["auths"]!["ours.example"]!["auth"]);
        Assert.Equal("dGhlaXJz", (string?)root["auths"]!["theirs.example"]!["auth"]);
        Assert.Equal("ctrl-q", (string?)root["detachKeys"]);
    }
}
