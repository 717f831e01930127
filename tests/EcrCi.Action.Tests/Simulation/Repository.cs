namespace EcrCi.Action.Tests.Simulation;

/// <summary>The repository the tests run from (the folder holding EcrCi.sln and action.yml).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EcrCi.sln")) && File.Exists(Path.Combine(folder.FullName, "action.yml")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds EcrCi.sln and action.yml.");
    }
}
