namespace EcrCi.Parity.Tests;

/// <summary>The repository's documentation files, found from the test's folder upwards.</summary>
public static class Documentation
{
    public static string Root { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

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
