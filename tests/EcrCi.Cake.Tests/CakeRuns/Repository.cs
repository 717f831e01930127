namespace EcrCi.Cake.Tests.CakeRuns;

/// <summary>Where the repository and the files the Cake runs need are.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string AddinProject => Path.Combine(Root, "src", "EcrCi.Cake", "EcrCi.Cake.csproj");

    public static string ToolManifest => Path.Combine(Root, ".config", "dotnet-tools.json");

    /// <summary>The folder of the Cake scripts, copied next to the test binaries.</summary>
    public static string Scripts => Path.Combine(AppContext.BaseDirectory, "Scripts");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EcrCi.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No EcrCi.sln above {AppContext.BaseDirectory}: run the tests from a clone of the repository.");
    }
}
