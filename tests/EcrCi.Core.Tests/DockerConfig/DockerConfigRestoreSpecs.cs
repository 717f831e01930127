using System.Text.Json.Nodes;
using EcrCi.DockerConfig;
using EcrCi.Secrets;
using EcrCi.Tests.EndToEnd;
using EcrCi.Tokens;

namespace EcrCi.Tests.DockerConfig;

/// <summary>Putting a config back after a failed login, whatever state it was in before.</summary>
public class DockerConfigRestoreSpecs
{
    private const string OurLogin = """{"auths":{"ours.example":{"auth":"QVdTOng="}}}""";

    /// <summary>The login that wrote <see cref="OurLogin"/>: <c>QVdTOng=</c> is <c>AWS:x</c>.</summary>
    private static readonly AuthorizationToken Ours = new("ours.example", "AWS", new Secret("x"), DateTimeOffset.UtcNow.AddHours(12));

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void An_empty_config_which_Docker_accepts_gets_its_exact_bytes_back(string blank)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), blank);
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), OurLogin);

        before.Restore([Ours]);

        Assert.Equal(blank, File.ReadAllText(folder.File("config.json")));
    }

    [Fact]
    public void An_empty_config_keeps_what_another_job_wrote_meanwhile_without_an_empty_auths()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), string.Empty);
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), """{"auths":{"ours.example":{"auth":"QVdTOng="}},"detachKeys":"ctrl-q"}""");

        before.Restore([Ours]);

        var root = JsonNode.Parse(File.ReadAllText(folder.File("config.json")))!.AsObject();
        Assert.Equal("ctrl-q", (string?)root["detachKeys"]);
        Assert.False(root.ContainsKey("auths"));
    }

    [Fact]
    public void A_config_that_was_not_JSON_before_is_left_as_the_client_left_it()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), "{ damaged");
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), OurLogin);

        before.Restore([Ours]);

        Assert.Equal(OurLogin, File.ReadAllText(folder.File("config.json")));
    }

    [Fact]
    public void A_restored_config_leaves_no_temporary_file_and_stays_owner_only()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), """{"auths":{}}""");
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), """{"auths":{"ours.example":{"auth":"QVdTOng="}},"detachKeys":"ctrl-q"}""");

        before.Restore([Ours]);

        Assert.Equal([folder.File("config.json")], Directory.GetFileSystemEntries(folder.Path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.File("config.json")));
        }
    }

    [Fact]
    public void An_entry_another_writer_changed_after_the_snapshot_is_kept()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), """{"auths":{"ours.example":{"auth":"b2xk"},"second.example":{"auth":"b2xk"}}}""");
        var before = DockerConfigFile.Snapshot(folder.Path);
        var second = Ours with { Host = "second.example" };
        // Our logins wrote both entries, then another job sharing the home logged in to second.example again.
        File.WriteAllText(folder.File("config.json"), """{"auths":{"ours.example":{"auth":"QVdTOng="},"second.example":{"auth":"dGhlaXJz"}}}""");

        var outcome = before.Restore([Ours, second]);

        var auths = JsonNode.Parse(File.ReadAllText(folder.File("config.json")))!["auths"]!;
        Assert.Equal("b2xk", (string?)auths["ours.example"]!["auth"]);
        Assert.Equal("dGhlaXJz", (string?)auths["second.example"]!["auth"]);
        Assert.Equal(["ours.example"], outcome.Reverted);
        Assert.Equal(["second.example"], outcome.Kept);
    }

    [Fact]
    public void No_temporary_file_survives_a_failed_restore()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), """{"auths":{}}""");
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), OurLogin);
        ConfigRollback outcome;
        using (new ReadOnlyPaths(folder.File("config.json")))
        {
            // The temporary copy can be written beside the file, but not moved over it.
            outcome = before.Restore([Ours]);
        }

        Assert.Equal([folder.File("config.json")], Directory.GetFileSystemEntries(folder.Path));
        Assert.Equal(OurLogin, File.ReadAllText(folder.File("config.json")));
        Assert.Equal(["ours.example"], outcome.Left);
        Assert.Contains("could not be put back", outcome.Problem, StringComparison.Ordinal);
    }
}
