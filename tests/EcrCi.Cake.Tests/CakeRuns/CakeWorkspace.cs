using System.Security;

namespace EcrCi.Cake.Tests.CakeRuns;

/// <summary>
/// A temporary folder laid out as a Cake user's repository: the scripts (pinned to the packed
/// addin version), a <c>nuget.config</c> whose only source is the local feed, and the
/// repository's tool manifest (cake.tool 7.0.0). Runs use a NuGet packages folder of their
/// own (<c>NUGET_PACKAGES</c>) and the workspace's own <c>tools/Addins</c>.
/// </summary>
public sealed class CakeWorkspace : IDisposable
{
    /// <summary>Variables that keep <c>dotnet</c> from printing banners or phoning home.</summary>
    public static IReadOnlyDictionary<string, string?> QuietDotnet { get; } = new Dictionary<string, string?>
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    private CakeWorkspace(string folder) => Folder = folder;

    public string Folder { get; }

    public string PackagesFolder => Path.Combine(Folder, "nuget-packages");

    /// <summary>Lays out the workspace and restores the local tools from the manifest.</summary>
    public static async Task<CakeWorkspace> CreateAsync(AddinFeed feed)
    {
        var workspace = new CakeWorkspace(Directory.CreateTempSubdirectory("ecr-cake-run-").FullName);
        Directory.CreateDirectory(Path.Combine(workspace.Folder, ".config"));
        File.Copy(Repository.ToolManifest, Path.Combine(workspace.Folder, ".config", "dotnet-tools.json"));
        (await ChildProcess.RunAsync("dotnet", ["tool", "restore"], workspace.Folder, QuietDotnet, TimeSpan.FromMinutes(4)))
            .EnsureSuccess("dotnet tool restore (cake.tool 7.0.0 from .config/dotnet-tools.json)");

        // Written after the tool restore, so that restore uses the machine's sources; Cake's addin install sees only the local feed.
        await File.WriteAllTextAsync(Path.Combine(workspace.Folder, "nuget.config"), NuGetConfig(feed.Folder));
        foreach (var script in Directory.EnumerateFiles(Repository.Scripts, "*.cake"))
        {
            var text = (await File.ReadAllTextAsync(script)).Replace("%ADDIN_VERSION%", feed.Version, StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(workspace.Folder, Path.GetFileName(script)), text);
        }

        return workspace;
    }

    /// <summary>Runs <c>dotnet cake</c> on a script of the workspace with extra variables (null removes one).</summary>
    public Task<ChildResult> RunCakeAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var variables = new Dictionary<string, string?>(QuietDotnet) { ["NUGET_PACKAGES"] = PackagesFolder };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        return ChildProcess.RunAsync("dotnet", ["tool", "run", "dotnet-cake", "--", script, .. arguments], Folder, variables);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string NuGetConfig(string feedFolder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="ecr-login-local" value="{SecurityElement.Escape(feedFolder)}" />
          </packageSources>
        </configuration>
        """;
}
