using System.Runtime.Versioning;
using EcrCi.Aws;

namespace EcrCi.DockerConfig;

/// <summary>
/// The Docker config folder: the option, else <c>DOCKER_CONFIG</c>, else <c>.docker</c> in the
/// home folder as Docker finds it: <c>USERPROFILE</c> first on Windows, <c>HOME</c> first elsewhere.
/// Also what makes a folder fit to hand to another user: owner-only modes, and the list of
/// what is in it.
/// </summary>
internal static class DockerConfigFolder
{
    /// <summary>The name of the config file in the folder.</summary>
    public const string FileName = "config.json";

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string Locate(string? explicitFolder, AwsEnvironment environment) =>
        Locate(explicitFolder, environment, OperatingSystem.IsWindows());

    /// <summary>The folder as found on Windows (<paramref name="windows"/> true) or on Linux and macOS.</summary>
    internal static string Locate(string? explicitFolder, AwsEnvironment environment, bool windows)
    {
        if ((explicitFolder ?? environment.Get("DOCKER_CONFIG")) is { } configured)
        {
            return Path.GetFullPath(configured);
        }

        var home = windows
            ? environment.Get("USERPROFILE") ?? environment.Get("HOME")
            : environment.Get("HOME") ?? environment.Get("USERPROFILE");
        return InHome(home ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
    }

    /// <summary>The folder Docker uses in <paramref name="home"/> when <c>DOCKER_CONFIG</c> is not set.</summary>
    public static string InHome(string home) => Path.Combine(home, ".docker");

    /// <summary>The config file of <paramref name="folder"/>.</summary>
    public static string ConfigFile(string folder) => Path.Combine(folder, FileName);

    /// <summary>Creates the folder if need be and makes it 0700 and its config file (when there is one) 0600.</summary>
    [UnsupportedOSPlatform("windows")]
    public static void RestrictToOwner(string folder)
    {
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, OwnerOnlyFolder);
        var config = ConfigFile(folder);
        if (File.Exists(config))
        {
            File.SetUnixFileMode(config, OwnerOnlyFile);
        }
    }

    /// <summary>The folder itself, then everything in it at any depth (hidden entries and links included, links not followed).</summary>
    public static IEnumerable<string> WithContents(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Prepend(folder);
}
