using System.Globalization;
using System.Runtime.Versioning;
using EcrCi.Action.Unix;
using EcrCi.DockerConfig;
using EcrCi.Errors;
using EcrCi.Files;

namespace EcrCi.Action.Steps;

/// <summary>
/// What makes a Docker config folder unsafe to export. The step runs as root, and
/// <c>$RUNNER_TEMP/_github_home</c> belongs to the runner's user, so an earlier step could plant
/// <c>.docker</c> as a link to another folder, a folder of another user, or links inside it: the
/// login and the hand-over would then write, chmod and chown what they point to.
/// </summary>
internal sealed partial record DockerConfigExport
{
    /// <summary>
    /// Throws when <paramref name="folder"/> (if it exists) is a link or not a folder, belongs to
    /// someone other than root, this step's user or the owner of <paramref name="workspace"/>
    /// (who owns it after an earlier export), or holds a link at any depth, or when its
    /// <c>config.json</c> is not a plain file with one name.
    /// </summary>
    /// <exception cref="EcrLoginException">The folder is not safe to export (kind InvalidInput).</exception>
    public static void Refuse(string folder, string workspace)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            if (UnixFileStatus.Of(folder) is not { } status)
            {
                return;
            }

            var workspaceOwner = FileOwnership.OwnerOf(workspace).User;
            var why = status switch
            {
                { IsLink: true } => $"is a symbolic link (to {new FileInfo(folder).LinkTarget})",
                { IsDirectory: false } => "is not a folder",
                { User: var user } when user != 0 && user != UnixFileStatus.EffectiveUser && user != workspaceOwner =>
                    string.Create(CultureInfo.InvariantCulture, $"is owned by uid {user}, not by root, this step's user or the workspace's owner (uid {workspaceOwner})"),
                _ => null,
            };
            if (why is not null)
            {
                throw Unsafe(folder, why);
            }

            RefuseLinksIn(folder);
            var config = DockerConfigFolder.ConfigFile(folder);
            if (UnixFileStatus.Of(config) is { } file && (!file.IsRegularFile || file.Links != 1))
            {
                throw Unsafe(config, file.IsRegularFile ? $"has {file.Links} hard links" : "is not a plain file");
            }
        }
        catch (IOException e)
        {
            throw Problem($"Could not check the Docker config folder {folder} before exporting it: {e.Message}");
        }
    }

    [SupportedOSPlatform("linux")]
    private static void RefuseLinksIn(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 }))
        {
            if (UnixFileStatus.Of(entry) is not { } status)
            {
                continue;
            }

            if (status.IsLink)
            {
                throw Unsafe(entry, $"is a symbolic link (to {new FileInfo(entry).LinkTarget})");
            }

            if (status.IsDirectory)
            {
                RefuseLinksIn(entry);
            }
        }
    }

    private static EcrLoginException Unsafe(string path, string why) =>
        Problem($"Refusing to export the Docker config: {path} {why}. An earlier step may have planted it to have this step (as root) change files elsewhere; " +
            "remove it (a fresh job has no .docker in the runner's home), or leave export-docker-config off.");
}
