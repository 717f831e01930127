using System.Runtime.Versioning;
using EcrCi.Action.Runner;
using EcrCi.Action.Unix;
using EcrCi.DockerConfig;
using EcrCi.Errors;
using EcrCi.Files;

namespace EcrCi.Action.Steps;

/// <summary>
/// Lets later host steps use the login. The runner mounts <c>$RUNNER_TEMP/_github_home</c> as
/// the container's <c>HOME</c>, so <c>$HOME/.docker</c> inside is
/// <c>$RUNNER_TEMP/_github_home/.docker</c> on the host. The container writes it as root, so
/// the folder (0700) and its files (config 0600) are handed to the owner of the workspace,
/// which is the runner's user. Only that folder and its config file are changed, and only when
/// no earlier step could have planted them (see <see cref="Refuse"/>).
/// </summary>
/// <param name="Folder">The config folder as this process sees it.</param>
/// <param name="HostFolder">The same folder as host steps see it, for <c>DOCKER_CONFIG</c>.</param>
/// <param name="Workspace">The workspace whose owner receives the files.</param>
internal sealed partial record DockerConfigExport(string Folder, string HostFolder, string Workspace)
{

    /// <summary>Works out the folders; fails before any network call when the runner's layout is missing.</summary>
    /// <exception cref="EcrLoginException">RUNNER_TEMP, HOME or the workspace is missing.</exception>
    public static DockerConfigExport Plan(ActionEnvironment environment)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw Problem("export-docker-config works in the action's Linux container only.");
        }

        var runnerTemp = environment.Get("RUNNER_TEMP")
            ?? throw Problem("RUNNER_TEMP is not set, so the host path of the Docker config is unknown: run the action as a step of a GitHub Actions job, or leave export-docker-config off.");
        var home = environment.Get("HOME")
            ?? throw Problem("HOME is not set, so the Docker config has no folder: run the action as a step of a GitHub Actions job, or leave export-docker-config off.");
        var workspace = environment.Get("GITHUB_WORKSPACE") ?? "/github/workspace";
        if (!Directory.Exists(workspace))
        {
            throw Problem($"The workspace {workspace} does not exist, so the owner to hand the Docker config to is unknown: check GITHUB_WORKSPACE, or leave export-docker-config off.");
        }

        var folder = DockerConfigFolder.InHome(home);
        Refuse(folder, workspace);
        return new DockerConfigExport(folder, DockerConfigFolder.InHome(Path.Combine(runnerTemp, "_github_home")), workspace);
    }

    /// <summary>
    /// Makes <paramref name="folder"/> 0700 and its <c>config.json</c> 0600 and gives both (and
    /// nothing else) to the owner of <paramref name="workspace"/>, after <see cref="Refuse"/>.
    /// </summary>
    /// <returns>The user and group the files now belong to.</returns>
    /// <exception cref="EcrLoginException">The folder is not safe to hand over, or the owner could not be changed.</exception>
    [SupportedOSPlatform("linux")]
    public static (uint User, uint Group) HandOver(string folder, string workspace)
    {
        try
        {
            var (user, group) = FileOwnership.OwnerOf(workspace);
            OwnerOnlyFiles.EnsureFolder(folder);
            Refuse(folder, workspace);
            FileOwnership.SetMode(folder, Files.OwnerOnlyFiles.FolderMode);
            FileOwnership.SetOwner(folder, user, group);
            var config = DockerConfigFolder.ConfigFile(folder);
            if (UnixFileStatus.Of(config) is not null)
            {
                FileOwnership.SetMode(config, Files.OwnerOnlyFiles.FileMode);
                FileOwnership.SetOwner(config, user, group);
            }

            return (user, group);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Problem($"Could not hand the Docker config to the owner of {workspace}: {e.Message} Run the action as root (the default for container actions), or leave export-docker-config off.");
        }
    }

    private static EcrLoginException Problem(string message) => new(EcrErrorKind.InvalidInput, message);
}
