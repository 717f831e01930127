using System.Text.Json.Nodes;
using EcrCi.DockerConfig;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.DockerConfig;

/// <summary>Putting a config back after a failed login, whatever state it was in before.</summary>
public class DockerConfigRestoreSpecs
{
    private const string OurLogin = """{"auths":{"ours.example":{"auth":"QVdTOng="}}}""";

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void An_empty_config_which_Docker_accepts_gets_its_exact_bytes_back(string blank)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), blank);
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), OurLogin);

        before.Restore(["ours.example"]);

        Assert.Equal(blank, File.ReadAllText(folder.File("config.json")));
    }

    [Fact]
    public void An_empty_config_keeps_what_another_job_wrote_meanwhile_without_an_empty_auths()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), string.Empty);
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), """{"auths":{"ours.example":{"auth":"QVdTOng="}},"detachKeys":"ctrl-q"}""");

        before.Restore(["ours.example"]);

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

        before.Restore(["ours.example"]);

        Assert.Equal(OurLogin, File.ReadAllText(folder.File("config.json")));
    }

    [Fact]
    public void A_restored_config_leaves_no_temporary_file_and_stays_owner_only()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), """{"auths":{}}""");
        var before = DockerConfigFile.Snapshot(folder.Path);
        File.WriteAllText(folder.File("config.json"), """{"auths":{"ours.example":{"auth":"QVdTOng="}},"detachKeys":"ctrl-q"}""");

        before.Restore(["ours.example"]);

        Assert.Equal([folder.File("config.json")], Directory.GetFileSystemEntries(folder.Path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.File("config.json")));
        }
    }
}
