using EcrCi.Aws;

namespace EcrCi.Cli.DockerConfig;

/// <summary>The Docker config folder: the option, else <c>DOCKER_CONFIG</c>, else <c>~/.docker</c> (as Docker finds it).</summary>
internal static class DockerConfigFolder
{
    public static string Locate(string? explicitFolder, AwsEnvironment environment)
    {
        if ((explicitFolder ?? environment.Get("DOCKER_CONFIG")) is { } configured)
        {
            return Path.GetFullPath(configured);
        }

        var home = environment.Get("HOME") ?? environment.Get("USERPROFILE") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".docker");
    }
}
