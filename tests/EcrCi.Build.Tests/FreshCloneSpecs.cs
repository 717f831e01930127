namespace EcrCi.Build.Tests;

/// <summary>Both documented ways to pack give all four packages from a fresh clone.</summary>
[Collection(FreshCloneCollection.Name)]
public class FreshCloneSpecs(FreshClone clone)
{
    private static readonly string[] Ids = ["EcrCi.Core", "EcrCi.Nuke", "Cake.EcrCi", "EcrCi.Cli"];

    [Fact]
    public void The_pack_target_in_a_fresh_clone_writes_the_four_packages_at_the_asked_version()
    {
        Assert.Equal(Ids.Order(StringComparer.Ordinal), PackTarget.Packages.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(Ids, id => Assert.True(File.Exists(clone.Package(id)), $"no {Path.GetFileName(clone.Package(id))} after the pack target:\n{clone.PackOutput}"));
    }

    [Fact]
    public async Task Packing_the_solution_in_a_fresh_clone_writes_the_four_packages()
    {
        var checkout = Path.Combine(clone.Folder, "solution-clone");
        await FreshClone.CloneHeadAsync(checkout);

        var (exit, output) = await Dotnet.RunAsync(checkout, ["pack", "EcrCi.sln", "-c", "Release"], TimeSpan.FromMinutes(8));

        Assert.True(exit == 0, $"dotnet pack EcrCi.sln -c Release failed in a fresh clone:\n{output}");
        var packed = Directory.EnumerateFiles(Path.Combine(checkout, "src"), "*.nupkg", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        Assert.All(Ids, id => Assert.Contains($"{id}.1.0.0.nupkg", packed));
    }
}
