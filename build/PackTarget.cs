using EcrCi.Build.Release;

namespace EcrCi.Build;

/// <summary>
/// <c>pack [--output DIR] [--version X]</c>: the NuGet packages of the core, the Nuke task, the Cake
/// addin and the <c>ecr-login</c> tool, versioned from git tags (a tagged commit gets the tag's
/// version, later commits the next patch as a dev pre-release), with symbols, deterministic.
/// </summary>
internal static class PackTarget
{
    /// <summary>Each packed project and the id of its package (its <c>PackageId</c>).</summary>
    public static readonly (string Project, string Id)[] Packages =
    [
        ("src/EcrCi.Core/EcrCi.Core.csproj", "EcrCi.Core"),
        ("src/EcrCi.Nuke/EcrCi.Nuke.csproj", "EcrCi.Nuke"),
        ("src/EcrCi.Cake/EcrCi.Cake.csproj", "Cake.EcrCi"),
        ("src/EcrCi.Cli/EcrCi.Cli.csproj", "EcrCi.Cli"),
    ];

    public static readonly string[] Projects = [.. Packages.Select(p => p.Project)];

    public static async Task<int> RunAsync(string[] arguments)
    {
        var output = Option(arguments, "--output") ?? Path.Combine(Repository.Root, "artifacts", "packages");
        var version = Option(arguments, "--version")
            ?? ReleaseVersion.FromDescribe(await Git.OutputAsync("describe", "--tags", "--long", "--match", "v*"));
        var result = await PackAsync(output, version);
        return result ? 0 : 1;
    }

    /// <summary>Packs every package of this repository into <paramref name="output"/>; an <paramref name="artifactsPath"/> keeps the build out of the tree's bin and obj.</summary>
    public static Task<bool> PackAsync(string output, string version, string? artifactsPath = null) =>
        PackAsync(Repository.Root, output, version, artifactsPath);

    /// <summary>Packs every package of the checkout at <paramref name="root"/> into <paramref name="output"/>.</summary>
    public static async Task<bool> PackAsync(string root, string output, string version, string? artifactsPath)
    {
        Directory.CreateDirectory(output);
        Console.WriteLine($"packing {version} into {output}");
        foreach (var project in Projects)
        {
            var exit = await Machine.RunAsync("dotnet",
                ["pack", Path.Combine(root, project), "-c", "Release", "-o", output, "--nologo", "-v", "quiet",
                 $"-p:Version={version}", "-p:ContinuousIntegrationBuild=true",
                 .. artifactsPath is null ? Array.Empty<string>() : [$"-p:ArtifactsPath={artifactsPath}"]],
                Machine.WithoutSecrets);
            if (exit != 0)
            {
                Console.Error.WriteLine($"dotnet pack {project} failed with exit code {exit}");
                return false;
            }
        }

        foreach (var package in Directory.GetFiles(output, $"*.{version}.*nupkg").Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"  {Path.GetFileName(package)}");
        }

        return true;
    }

    private static string? Option(string[] arguments, string name)
    {
        var index = Array.IndexOf(arguments, name);
        return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
    }
}
