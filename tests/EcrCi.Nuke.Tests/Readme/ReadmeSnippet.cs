using System.Text.RegularExpressions;

namespace EcrCi.Nuke.Tests.Readme;

/// <summary>
/// One <c>```csharp</c> or <c>```cs</c> block of a README in the repository.
/// </summary>
/// <param name="File">The README, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The line of the block's opening fence (1-based).</param>
/// <param name="Code">The block's text.</param>
public sealed partial record ReadmeSnippet(string File, int Line, string Code)
{
    /// <summary>The repository root: the first folder above the tests that holds EcrCi.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Every C# block of every README.md of the repository, in file and line order.</summary>
    public static IReadOnlyList<ReadmeSnippet> All { get; } = FindAll();

    /// <summary>Names for a theory, <c>file:line</c>, of every snippet compiled as C# (all but Cake scripts).</summary>
    public static TheoryData<string> CSharpNames { get; } = [.. All.Where(s => !s.IsCakeScript).Select(s => s.Name)];

    /// <summary>The snippet's name, <c>file:line</c>.</summary>
    public string Name => $"{File}:{Line}";

    /// <summary>
    /// A Cake script: a block that starts with a Cake directive (<c>#addin</c>, <c>#load</c>,
    /// <c>#tool</c>), or any block of the Cake addin's README. Cake scripts are not C# files and
    /// are compiled by a real Cake run, not here.
    /// </summary>
    public bool IsCakeScript => CakeDirective().IsMatch(Code) || File.Contains("Cake", StringComparison.Ordinal);

    /// <summary>A Nuke snippet: one that names Nuke or declares a <c>Target</c>.</summary>
    public bool IsNuke => Code.Contains("Nuke", StringComparison.Ordinal) || NukeTarget().IsMatch(Code);

    private static List<ReadmeSnippet> FindAll()
    {
        var ignored = new[] { "bin", "obj", ".git", "node_modules", "artifacts" };
        return [.. Directory.EnumerateFiles(Root, "README.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(ignored.Contains))
            .Order(StringComparer.Ordinal)
            .SelectMany(Read)];
    }

    private static IEnumerable<ReadmeSnippet> Read(string file)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(Root, file));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() is not ("```csharp" or "```cs"))
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, l => l.TrimStart().StartsWith("```", StringComparison.Ordinal));
            var close = end < 0 ? lines.Length : end;
            yield return new ReadmeSnippet(file, i + 1, string.Join('\n', lines[(i + 1)..close]));
            i = close;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "EcrCi.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No EcrCi.sln above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }

    [GeneratedRegex(@"^\s*#(addin|load|tool)\b")]
    private static partial Regex CakeDirective();

    [GeneratedRegex(@"\bTarget\s+\w+\s*=>")]
    private static partial Regex NukeTarget();
}
