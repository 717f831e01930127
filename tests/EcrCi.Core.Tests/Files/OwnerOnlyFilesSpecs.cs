using EcrCi.Files;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.Files;

/// <summary>Files that hold credentials are written whole, for their owner only, and leave nothing behind.</summary>
public class OwnerOnlyFilesSpecs
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerAll = OwnerReadWrite | UnixFileMode.UserExecute;

    [Fact]
    public void A_temporary_copy_left_by_a_killed_writer_is_deleted_by_the_next_write_and_a_live_one_is_kept()
    {
        using var root = new TempDirectory();
        var path = Path.Combine(root.Path, "tokens.json");
        var stale = Path.Combine(root.Path, $".tokens.json.{Guid.NewGuid():N}.tmp");
        var live = Path.Combine(root.Path, $".tokens.json.{Guid.NewGuid():N}.tmp");
        var other = Path.Combine(root.Path, $".config.json.{Guid.NewGuid():N}.tmp");
        foreach (var file in new[] { stale, live, other })
        {
            File.WriteAllText(file, "{\"password\":\"left behind\"}");
        }

        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow - OwnerOnlyFiles.StaleAfter - TimeSpan.FromMinutes(1));
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow - OwnerOnlyFiles.StaleAfter - TimeSpan.FromMinutes(1));

        OwnerOnlyFiles.Replace(path, "{}\n"u8, flushToDisk: false);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(other));
    }

    [Fact]
    public void A_replaced_file_has_the_new_content_mode_0600_and_a_new_folder_mode_0700()
    {
        using var root = new TempDirectory();
        var path = Path.Combine(root.Path, "new-folder", "config.json");

        OwnerOnlyFiles.Replace(path, "{}\n"u8, flushToDisk: true);
        OwnerOnlyFiles.Replace(path, "{\"auths\":{}}\n"u8, flushToDisk: false);

        Assert.Equal("{\"auths\":{}}\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path));
            Assert.Equal(OwnerAll, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        }
    }

    [Fact]
    public void A_write_that_fails_leaves_no_temporary_file_behind()
    {
        using var root = new TempDirectory();
        var blocked = root.File("tokens.json");
        Directory.CreateDirectory(Path.Combine(blocked, "in-the-way"));

        Assert.ThrowsAny<IOException>(() => OwnerOnlyFiles.Replace(blocked, "secret"u8, flushToDisk: false));

        Assert.Equal([blocked], Directory.GetFileSystemEntries(root.Path));
    }

    [Fact]
    public void An_existing_folder_keeps_its_mode()
    {
        using var root = new TempDirectory();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root.Path, OwnerAll | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }

        OwnerOnlyFiles.Replace(root.File("aliases.json"), "{}"u8, flushToDisk: true);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerAll | UnixFileMode.GroupRead | UnixFileMode.GroupExecute, File.GetUnixFileMode(root.Path));
        }

        Assert.Equal("{}", File.ReadAllText(root.File("aliases.json")));
    }

    [Fact]
    public void A_log_opened_for_appending_is_created_0600_and_grows()
    {
        using var root = new TempDirectory();
        var path = root.File("credential-helper.log");

        foreach (var line in new[] { "one\n", "two\n" })
        {
            using var stream = OwnerOnlyFiles.OpenAppend(path);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(line));
        }

        Assert.Equal("one\ntwo\n", File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path));
        }
    }
}
