namespace EcrCi.Nuke.Tests.Readme;

/// <summary>
/// Every C# snippet of the READMEs compiles as a user would paste it: with the usings it claims,
/// against the suite's assemblies and, for Nuke, a stand-in of only the Nuke types it names.
/// </summary>
public class ReadmeSnippetSpecs
{
    [Theory]
    [MemberData(nameof(ReadmeSnippet.CSharpNames), MemberType = typeof(ReadmeSnippet))]
    public void Every_csharp_snippet_of_the_readmes_compiles_with_the_usings_it_claims(string name)
    {
        var snippet = ReadmeSnippet.All.Single(s => s.Name == name);
        var source = SnippetCompiler.Wrap(snippet.Code, snippet.IsNuke);

        var errors = SnippetCompiler.Errors(source, snippet.IsNuke);

        Assert.True(errors.Count == 0, $"{name} does not compile:\n{string.Join('\n', errors)}\n--- as compiled:\n{Numbered(source)}");
    }

    [Fact]
    public void The_readmes_of_the_nuke_package_the_core_and_the_repository_hold_compiled_snippets()
    {
        var compiled = ReadmeSnippet.All.Where(s => !s.IsCakeScript).ToList();

        Assert.Contains(compiled, s => s.File == "src/EcrCi.Nuke/README.md" && s.IsNuke);
        Assert.Contains(compiled, s => s.File == "src/EcrCi.Core/README.md" && !s.IsNuke);
        Assert.Contains(compiled, s => s.File == "README.md" && s.IsNuke);
        Assert.Contains(compiled, s => s.File == "README.md" && !s.IsNuke);
    }

    [Fact]
    public void Cake_scripts_are_told_apart_and_left_to_a_real_cake_run()
    {
        var cake = ReadmeSnippet.All.Where(s => s.IsCakeScript).ToList();

        Assert.NotEmpty(cake);
        Assert.All(cake, s => Assert.True(s.Code.TrimStart().StartsWith("#addin", StringComparison.Ordinal) || s.File.Contains("Cake", StringComparison.Ordinal), s.Name));
        Assert.DoesNotContain(cake, s => s.File == "src/EcrCi.Nuke/README.md");
    }

    [Fact]
    public void A_nuke_snippet_that_forgets_the_docker_namespace_fails_as_in_a_real_build()
    {
        const string code = """
            using Nuke.Common;
            using static Nuke.Common.Tools.Docker.DockerTasks;

            class Build : NukeBuild
            {
                Target Push => _ => _.Executes(() => DockerBuild(_ => _.SetPath(".")));
            }
            """;

        var errors = SnippetCompiler.Errors(SnippetCompiler.Wrap(code, nuke: true), nuke: true);

        Assert.Contains(errors, e => e.Contains("CS1061", StringComparison.Ordinal) && e.Contains("SetPath", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fragment_of_members_is_wrapped_in_a_build_class_with_the_usings_of_a_setup_build()
    {
        var source = SnippetCompiler.Wrap("Target Login => _ => _.Executes(() => { });", nuke: true);

        Assert.Contains("using Nuke.Common.Tooling;", source, StringComparison.Ordinal);
        Assert.Contains("class Build : Nuke.Common.NukeBuild", source, StringComparison.Ordinal);
        Assert.Empty(SnippetCompiler.Errors(source, nuke: true));
    }

    private static string Numbered(string source) =>
        string.Join('\n', source.Split('\n').Select((line, i) => $"{i + 1,3} {line}"));
}
