namespace EcrCi.Cli;

/// <summary>Decides from the name the process was started by whether it is the credential helper.</summary>
internal static class ProgramName
{
    /// <summary>The executable name Docker runs for <c>"credHelpers": {"host": "ecr-login-ci"}</c>.</summary>
    public const string CredentialHelper = "docker-credential-ecr-login-ci";

    /// <summary>The helper's name as it goes into <c>credHelpers</c>.</summary>
    public const string HelperSuffix = "ecr-login-ci";

    /// <summary>True when argv[0] (or the executable's own name) is <see cref="CredentialHelper"/>.</summary>
    public static bool IsCredentialHelper() => Candidates().Any(IsHelperName);

    private static bool IsHelperName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        var name = Path.GetFileName(path);
        if (name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }

        return string.Equals(name, CredentialHelper, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>
    /// argv[0] as the parent passed it (on Linux from <c>/proc/self/cmdline</c>, since the
    /// runtime resolves symlinks for its own path), then what the runtime reports.
    /// </summary>
    private static IEnumerable<string?> Candidates()
    {
        if (OperatingSystem.IsLinux())
        {
            yield return ReadLinuxArgumentZero();
        }

        var arguments = Environment.GetCommandLineArgs();
        yield return arguments.Length > 0 ? arguments[0] : null;
        yield return Environment.ProcessPath;
    }

    private static string? ReadLinuxArgumentZero()
    {
        try
        {
            var bytes = File.ReadAllBytes("/proc/self/cmdline");
            var end = Array.IndexOf(bytes, (byte)0);
            return System.Text.Encoding.UTF8.GetString(bytes, 0, end < 0 ? bytes.Length : end);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
