using System.Diagnostics.CodeAnalysis;

namespace EcrCi.Testing;

/// <summary>
/// The fixtures' convention for what the machine must provide: they never skip a test.
/// When something is missing they throw <see cref="InvalidOperationException"/> saying what
/// and how to install it, so the test fails loudly (which a run with <c>CI=true</c> requires).
/// </summary>
public static class TestEnvironment
{
    /// <summary>Whether the tests run in CI (<c>CI=true</c>).</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws when <paramref name="available"/> is false.</summary>
    /// <param name="available">Whether the requirement is met.</param>
    /// <param name="requirement">What is needed, such as <c>the docker-registry command</c>.</param>
    /// <param name="remedy">How to provide it, such as <c>apt-get install docker-registry</c>.</param>
    /// <exception cref="InvalidOperationException">The requirement is not met.</exception>
    public static void RequireOrThrow([DoesNotReturnIf(false)] bool available, string requirement, string remedy)
    {
        if (!available)
            throw new InvalidOperationException($"{requirement} is missing{(IsCi ? " (CI=true: tests never skip)" : "")}. {remedy}");
    }

    /// <summary>Finds an executable on <c>PATH</c> or throws.</summary>
    /// <param name="name">The command name, such as <c>htpasswd</c>.</param>
    /// <param name="remedy">How to install it.</param>
    /// <returns>The full path of the executable.</returns>
    public static string RequireTool(string name, string remedy)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(IsExecutable);
        RequireOrThrow(path is not null, $"The command '{name}'", remedy);
        return path;
    }

    /// <summary>
    /// Finds <c>shared/<paramref name="relativePath"/></c> in the test binaries' folder or any
    /// folder above it (the shared folder lies next to or above the repository), or throws.
    /// </summary>
    /// <param name="relativePath">The path under <c>shared/</c>, such as <c>testdata/sigv4</c>.</param>
    /// <returns>The folder.</returns>
    public static DirectoryInfo RequireSharedFolder(string relativePath)
    {
        var starts = SearchStarts().ToList();
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = new DirectoryInfo(Path.Combine(folder.FullName, "shared", relativePath));
                if (candidate.Exists)
                    return candidate;
            }
        }

        RequireOrThrow(false, $"The folder shared/{relativePath} (looked in {string.Join(", ", starts)} and every folder above them)",
            "Put the project's shared/ folder next to or above the repository (or next to the repository this clone came from).");
        return null;
    }

    /// <summary>
    /// Where to look for shared/: the test binaries, the working folder, and, for a clone of a
    /// local repository, the folder it was cloned from (its origin remote).
    /// </summary>
    private static IEnumerable<string> SearchStarts()
    {
        yield return AppContext.BaseDirectory;
        yield return Directory.GetCurrentDirectory();
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var config = Path.Combine(folder.FullName, ".git", "config");
            if (!File.Exists(config))
                continue;

            var origin = File.ReadLines(config)
                .SkipWhile(line => !line.Trim().Equals("[remote \"origin\"]", StringComparison.Ordinal))
                .Skip(1)
                .TakeWhile(line => !line.TrimStart().StartsWith('['))
                .Select(line => line.Trim())
                .FirstOrDefault(line => line.StartsWith("url", StringComparison.Ordinal));
            var url = origin?[(origin.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
            if (url is not null && url.StartsWith("file://", StringComparison.Ordinal))
                url = url["file://".Length..];
            if (url is not null && Path.IsPathRooted(url) && Directory.Exists(url))
                yield return url;
            yield break;
        }
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
