using System.IO.Compression;
using System.Xml.Linq;

namespace EcrCi.Build.Release;

/// <summary>
/// The packages a release publishes: one <c>.nupkg</c> per packed project (<see cref="PackTarget.Packages"/>)
/// at the release version, each packed from the release commit, plus the symbol packages beside them.
/// </summary>
/// <param name="Packages">The <c>.nupkg</c> files, one per package id, in the order of <see cref="PackTarget.Packages"/>.</param>
/// <param name="Assets">Every file the GitHub release carries: the packages and their <c>.snupkg</c>.</param>
internal sealed record ReleasePackages(IReadOnlyList<string> Packages, IReadOnlyList<string> Assets)
{
    /// <summary>
    /// Finds the release's packages in <paramref name="folder"/>, or says what is wrong with them:
    /// a package that is missing, or one whose nuspec names another commit than <paramref name="commit"/>.
    /// </summary>
    public static (ReleasePackages? Found, IReadOnlyList<string> Problems) Find(string folder, string version, string commit)
    {
        var problems = new List<string>();
        var packages = new List<string>();
        foreach (var (_, id) in PackTarget.Packages)
        {
            var package = Path.GetFullPath(Path.Combine(folder, $"{id}.{version}.nupkg"));
            if (!File.Exists(package))
            {
                problems.Add($"{id} {version} is missing: no {Path.GetFileName(package)} in {folder}");
                continue;
            }

            var packedFrom = RepositoryCommit(package);
            if (!string.Equals(packedFrom, commit, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{Path.GetFileName(package)} was packed from commit {(packedFrom is { Length: > 0 } ? packedFrom : "(none recorded)")}, not the release commit {commit}");
                continue;
            }

            packages.Add(package);
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var assets = packages.SelectMany(p => new[] { p, Path.ChangeExtension(p, ".snupkg") }).Where(File.Exists).ToList();
        return (new ReleasePackages(packages, assets), problems);
    }

    /// <summary>Packs every package from a clean clone of <paramref name="commit"/> (never the working tree) into <paramref name="output"/>.</summary>
    public static async Task<bool> PackFromCommitAsync(string commit, string version, string output)
    {
        var scratch = Directory.CreateTempSubdirectory("ecr-login-release-").FullName;
        try
        {
            var checkout = Path.Combine(scratch, "checkout");
            Console.WriteLine($"cloning {commit} for the release packages");
            if (await Machine.RunAsync("git", ["clone", "--quiet", "--no-checkout", Repository.Root, checkout], Machine.WithoutSecrets) != 0
                || await Machine.RunAsync("git", ["-C", checkout, "checkout", "--quiet", "--detach", commit], Machine.WithoutSecrets) != 0)
            {
                Console.Error.WriteLine($"release: could not clone commit {commit} of {Repository.Root}");
                return false;
            }

            return await PackTarget.PackAsync(checkout, output, version, Path.Combine(scratch, "artifacts"));
        }
        finally
        {
            try
            {
                Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>The commit recorded in a package's nuspec (<c>repository/@commit</c>), or null.</summary>
    private static string? RepositoryCommit(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        var nuspec = archive.Entries.FirstOrDefault(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        if (nuspec is null)
        {
            return null;
        }

        using var stream = nuspec.Open();
        return XDocument.Load(stream).Descendants().FirstOrDefault(e => e.Name.LocalName == "repository")?.Attribute("commit")?.Value;
    }
}
