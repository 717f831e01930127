using EcrCi.Aws;

namespace EcrCi.DockerConfig;

/// <summary>
/// The Docker config folder: the option, else <c>DOCKER_CONFIG</c>, else <c>.docker</c> in the
/// home folder as Docker finds it: <c>USERPROFILE</c> first on Windows, <c>HOME</c> first elsewhere.
/// </summary>
internal static class DockerConfigFolder
{
    /// <summary>The name of the config file in the folder.</summary>
    public const string FileName = "config.json";

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>A config file's JSON text: its bytes without a leading UTF-8 byte order mark; blank when the file holds only white space (Docker reads that as a config without entries).</summary>
    public static ReadOnlySpan<byte> Body(ReadOnlySpan<byte> bytes, out bool blank)
    {
        var body = bytes.StartsWith(Bom) ? bytes[Bom.Length..] : bytes;
        blank = body.Trim(" \t\r\n"u8).IsEmpty;
        return body;
    }

    /// <summary>The folder the option, <c>DOCKER_CONFIG</c> or the home folder names, as a full path.</summary>
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
}
