using EcrCi.DockerConfig;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.DockerConfig;

/// <summary>A config folder handed to another user is owner-only, and everything in it is listed for the hand-over.</summary>
public class DockerConfigHandOverSpecs
{
    [Fact]
    public void The_folder_becomes_0700_and_its_config_0600()
    {
        using var root = new TempDirectory();
        var folder = Path.Combine(root.Path, ".docker");
        Directory.CreateDirectory(folder);
        File.WriteAllText(DockerConfigFolder.ConfigFile(folder), "{}");

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(DockerConfigFolder.ConfigFile(folder), (UnixFileMode)0b110_100_100);
            DockerConfigFolder.RestrictToOwner(folder);

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DockerConfigFolder.ConfigFile(folder)));
        }

        Assert.Equal(Path.Combine(folder, "config.json"), DockerConfigFolder.ConfigFile(folder));
    }

    [Fact]
    public void The_hand_over_lists_the_folder_first_then_every_entry_hidden_ones_included()
    {
        using var root = new TempDirectory();
        var folder = DockerConfigFolder.InHome(root.Path);
        Directory.CreateDirectory(Path.Combine(folder, "buildx", "instances"));
        File.WriteAllText(Path.Combine(folder, "config.json"), "{}");
        File.WriteAllText(Path.Combine(folder, ".token_seed"), "x");
        File.WriteAllText(Path.Combine(folder, "buildx", "instances", "default"), "x");

        var entries = DockerConfigFolder.WithContents(folder).ToList();

        Assert.Equal(folder, entries[0]);
        Assert.Equal(
            new[] { ".token_seed", "buildx", Path.Combine("buildx", "instances"), Path.Combine("buildx", "instances", "default"), "config.json" }.Order(StringComparer.Ordinal),
            entries.Skip(1).Select(e => Path.GetRelativePath(folder, e)).Order(StringComparer.Ordinal));
    }
}
