namespace EcrCi.Cli;

/// <summary>Decides from the name the process was started by (or its lone helper action) whether it is the credential helper.</summary>
internal static class ProgramName
{
    /// <summary>The executable name Docker runs for <c>"credHelpers": {"host": "ecr-login-ci"}</c>.</summary>
    public const string CredentialHelper = "docker-credential-ecr-login-ci";

    /// <summary>The helper's name as it goes into <c>credHelpers</c>.</summary>
    public const string HelperSuffix = "ecr-login-ci";

    /// <summary>
    /// True when argv[0] (or the executable's own name) is <see cref="CredentialHelper"/>, or
    /// when the arguments are exactly one credential-helper action (<c>get</c>, <c>store</c>,
    /// <c>erase</c>, <c>list</c>, <c>version</c>; none is a command of the tool). The second
    /// test covers launchers that hide the name Docker used: on macOS there is no
    /// <c>/proc</c>, a .NET tool's argv[0] is its .dll and the process path is the resolved link.
    /// </summary>
    /// <param name="arguments">The arguments after the program name.</param>
    public static bool IsCredentialHelper(IReadOnlyList<string> arguments) =>
        IsHelperAction(arguments) || Candidates().Any(IsHelperName);

    /// <summary>True when <paramref name="arguments"/> are exactly one credential-helper action.</summary>
    internal static bool IsHelperAction(IReadOnlyList<string> arguments) =>
        arguments is [var action] && Helper.CredentialHelper.Actions.Contains(action, StringComparer.Ordinal);

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
