using System.Xml.Linq;

namespace EcrCi.Build;

/// <summary>Prepares the machine, runs every test project, and prints the totals of the whole run.</summary>
internal static class TestTarget
{
    public static async Task<int> RunAsync(string[] extraArguments)
    {
        var root = Repository.Root;
        var results = Path.Combine(root, "artifacts", "test-results");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        var prepared = await Machine.PrepareAsync();
        if (!prepared)
        {
            Console.Error.WriteLine("the machine is not ready: the end-to-end tests will fail and say why");
        }

        var exit = await Machine.RunAsync("dotnet",
            ["test", Path.Combine(root, "EcrCi.sln"), "--logger", "trx", "--results-directory", results, .. extraArguments],
            ("CI", Environment.GetEnvironmentVariable("CI") ?? "true"));
        var (passed, failed) = Totals(results);
        if (exit != 0 && failed == 0)
        {
            failed = 1;
        }

        Console.WriteLine($"{passed} passed, {failed} failed");
        return exit == 0 && failed == 0 && passed > 0 ? 0 : 1;
    }

    private static (int Passed, int Failed) Totals(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return (0, 0);
        }

        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var counters = Directory.EnumerateFiles(directory, "*.trx", SearchOption.AllDirectories)
            .Select(file => XDocument.Load(file).Descendants(ns + "Counters").FirstOrDefault())
            .OfType<XElement>()
            .ToList();
        return (counters.Sum(c => (int?)c.Attribute("passed") ?? 0),
            counters.Sum(c => ((int?)c.Attribute("failed") ?? 0) + ((int?)c.Attribute("error") ?? 0) + ((int?)c.Attribute("timeout") ?? 0) + ((int?)c.Attribute("aborted") ?? 0)));
    }
}

/// <summary>Where the repository is.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EcrCi.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
