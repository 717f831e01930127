using EcrCi.Aws;

namespace EcrCi.Cli.DockerConfig;

/// <summary>
/// The Docker config folder: the option, else <c>DOCKER_CONFIG</c>, else <c>.docker</c> in the
/// home folder as Docker finds it: <c>USERPROFILE</c> first on Windows, <c>HOME</c> first elsewhere.
/// </summary>
internal static class DockerConfigFolder
{
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
        return Path.Combine(home ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
    }
}
