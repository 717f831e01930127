using System.Text.RegularExpressions;
using EcrCi.Cake.Tests.CakeRuns;
using Xunit.Abstractions;

namespace EcrCi.Cake.Tests.EndToEnd;

/// <summary>
/// Every C# block of the addin's README compiles in a real <c>dotnet cake</c> run (with
/// <c>--dryrun</c>, so no task runs): a whole script as written, with its <c>#addin</c> pointed at
/// the feed under test; a fragment inside a task of a script that loads the addin.
/// </summary>
[Collection(CakeRunCollection.Name)]
public partial class ReadmeScriptSpecs(CakeWorld world, ITestOutputHelper output)
{
    public static IEnumerable<object[]> Blocks() =>
        CodeBlock().Matches(File.ReadAllText(Path.Combine(Repository.Root, "src", "EcrCi.Cake", "README.md")))
            .Select((match, index) => new object[] { index })
            .ToList();

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task Each_csharp_block_of_the_readme_compiles_as_a_cake_script(int index)
    {
        var block = CodeBlock().Matches(File.ReadAllText(Path.Combine(Repository.Root, "src", "EcrCi.Cake", "README.md")))[index].Groups["code"].Value;
        var script = block.TrimStart().StartsWith("#addin", StringComparison.Ordinal)
            ? AddinVersion().Replace(block, $"version={world.Feed.Version}")
            : $"#addin nuget:?package=Cake.EcrCi&version={world.Feed.Version}\n\nTask(\"Snippet\").Does(() =>\n{{\n{block}\n}});\n\nRunTarget(\"Snippet\");\n";
        var name = $"readme-{index}.cake";
        await File.WriteAllTextAsync(Path.Combine(world.Workspace.Folder, name), script);

        var run = await world.Workspace.RunCakeAsync(name, ["--dryrun"], world.Environment(world.NewDockerConfig()));
        output.WriteLine(run.Text);

        Assert.True(run.ExitCode == 0, $"README block {index} does not compile as a Cake script:\n{script}\n{run.Text}");
        Assert.DoesNotContain("error CS", run.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"version=[^&\s]+")]
    private static partial Regex AddinVersion();
}
