using EcrCi.Aws;
using EcrCi.Errors;

namespace EcrCi.Clients;

/// <summary>
/// Finds the container client: an explicit path wins; then <c>DOCKER_EXE</c> for Docker; then
/// the first of docker, podman, nerdctl, finch found on <c>PATH</c> (or the one asked for).
/// </summary>
internal static class ContainerClientLocator
{
    private static readonly ContainerClientKind[] SearchOrder =
        [ContainerClientKind.Docker, ContainerClientKind.Podman, ContainerClientKind.Nerdctl, ContainerClientKind.Finch];

    public static (ContainerClientKind Kind, string Path) Locate(ContainerClientKind? kind, string? explicitPath, AwsEnvironment environment)
    {
        if (explicitPath is not null)
        {
            var resolved = FindOnPath(explicitPath, environment) ?? throw new EcrLoginException(EcrErrorKind.ContainerClientMissing,
                $"The container client '{explicitPath}' was not found: give the full path of an existing executable.");
            return (kind ?? GuessKind(resolved), resolved);
        }

        if (kind is null or ContainerClientKind.Docker && environment.Get("DOCKER_EXE") is { } dockerExe)
        {
            var resolved = FindOnPath(dockerExe, environment) ?? throw new EcrLoginException(EcrErrorKind.ContainerClientMissing,
                $"DOCKER_EXE is '{dockerExe}' but no such executable exists: fix or unset DOCKER_EXE.");
            return (ContainerClientKind.Docker, resolved);
        }

        foreach (var candidate in kind is { } k ? [k] : SearchOrder)
        {
            if (FindOnPath(candidate.ExecutableName(), environment) is { } found)
            {
                return (candidate, found);
            }
        }

        var wanted = kind is { } only ? only.ExecutableName() : "docker, podman, nerdctl or finch";
        throw new EcrLoginException(EcrErrorKind.ContainerClientMissing,
            $"No container client found: {wanted} is not on PATH. Install one, add it to PATH, or give its path (DOCKER_EXE or the client path option).");
    }

    private static ContainerClientKind GuessKind(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        return SearchOrder.FirstOrDefault(k => name.Contains(k.ExecutableName(), StringComparison.Ordinal), ContainerClientKind.Docker);
    }

    private static string? FindOnPath(string name, AwsEnvironment environment)
    {
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || name.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal))
        {
            return WithExtensions(Path.GetFullPath(name), environment).FirstOrDefault(File.Exists);
        }

        var directories = (environment.Get("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories
            .SelectMany(directory => WithExtensions(Path.Combine(directory, name), environment))
            .FirstOrDefault(File.Exists);
    }

    private static IEnumerable<string> WithExtensions(string path, AwsEnvironment environment)
    {
        yield return path;
        if (OperatingSystem.IsWindows() && !Path.HasExtension(path))
        {
            foreach (var extension in (environment.Get("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                yield return path + extension.ToLowerInvariant();
            }
        }
    }
}
