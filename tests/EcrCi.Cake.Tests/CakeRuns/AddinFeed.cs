using System.Globalization;

namespace EcrCi.Cake.Tests.CakeRuns;

/// <summary>
/// A local folder feed holding <c>Cake.EcrCi</c> as <c>dotnet pack</c> makes it for release
/// (ReadyToRun, dependencies bundled), under a version no earlier run used
/// (<c>1.0.0-test.&lt;time&gt;.&lt;process&gt;</c>), so no cache can hold a stale copy.
/// </summary>
public sealed record AddinFeed(string Folder, string Version)
{
    /// <summary>
    /// Packs the addin into <paramref name="folder"/>/feed. The build goes to
    /// <paramref name="folder"/>/artifacts (<c>ArtifactsPath</c>), so it never touches, nor
    /// waits for, the bin and obj folders of a build running at the same time.
    /// </summary>
    /// <param name="folder">The folder for the feed and the build.</param>
    /// <param name="properties">Extra MSBuild properties, such as <c>AddinReadyToRun=false</c>.</param>
    public static async Task<AddinFeed> PackAsync(string folder, params string[] properties)
    {
        var feed = Directory.CreateDirectory(Path.Combine(folder, "feed")).FullName;
        var version = string.Create(CultureInfo.InvariantCulture, $"1.0.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");
        var result = await ChildProcess.RunAsync(
            "dotnet",
            ["pack", Repository.AddinProject, "-c", "Release", "-o", feed, $"-p:Version={version}", $"-p:ArtifactsPath={Path.Combine(folder, "artifacts")}", "-nologo", .. properties.Select(p => $"-p:{p}")],
            Repository.Root,
            CakeWorkspace.QuietDotnet,
            TimeSpan.FromMinutes(5));
        result.EnsureSuccess("dotnet pack Cake.EcrCi");
        var package = Path.Combine(feed, $"Cake.EcrCi.{version}.nupkg");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException($"dotnet pack did not write {package}:\n{result.Output}");
        }

        return new AddinFeed(feed, version);
    }
}
