using System.Net;
using System.Net.Sockets;
using EcrCi.Build.Release;

namespace EcrCi.Build.Tests;

/// <summary>The release target against the fresh clone: what the dry run names, what a missing package stops, what a real push lands.</summary>
[Collection(FreshCloneCollection.Name)]
public class ReleaseSpecs(FreshClone clone)
{
    private static readonly string[] Ids = ["EcrCi.Core", "EcrCi.Nuke", "Cake.EcrCi", "EcrCi.Cli"];

    private string Tag => "v" + clone.Version;

    private Task<(int Exit, string Output)> ReleaseAsync(string[] arguments, Dictionary<string, string?> environment) =>
        Dotnet.RunAsync(clone.Checkout, ["run", "--project", "build", "--", "release", "--tag", Tag, .. arguments], TimeSpan.FromMinutes(10), environment);

    [Fact]
    public async Task The_dry_run_packs_the_tagged_commit_and_names_each_push_and_each_attachment()
    {
        var (exit, output) = await ReleaseAsync(["--nuget-source", "https://feed.invalid/v3/index.json"], new()
        {
            ["GITHUB_TOKEN"] = null,
            [NuGetPusher.ApiKeyVariable] = "placeholder-key-that-must-not-be-printed",
        });

        Assert.True(exit == 0, output);
        Assert.Contains($"cloning {clone.Commit}", output, StringComparison.Ordinal);
        foreach (var id in Ids)
        {
            Assert.Contains($"dotnet nuget push {id}.{clone.Version}.nupkg --source https://feed.invalid/v3/index.json --skip-duplicate", output, StringComparison.Ordinal);
            Assert.Contains($"/assets name={id}.{clone.Version}.nupkg", output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("placeholder-key-that-must-not-be-printed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_package_stops_the_release_before_any_call()
    {
        var partial = Directory.CreateDirectory(Path.Combine(clone.Folder, "partial-" + Guid.NewGuid().ToString("N"))).FullName;
        foreach (var id in Ids.Where(id => id != "EcrCi.Nuke"))
        {
            File.Copy(clone.Package(id), Path.Combine(partial, Path.GetFileName(clone.Package(id))));
        }

        var pushFeed = Path.Combine(clone.Folder, "feed-untouched-" + Guid.NewGuid().ToString("N"));

        var (exit, output, calls) = await PublishAgainstLoopbackAsync(["--packages", partial, "--nuget-source", pushFeed]);

        Assert.True(exit != 0, output);
        Assert.Contains("stopped before any call", output, StringComparison.Ordinal);
        Assert.Contains($"EcrCi.Nuke {clone.Version} is missing", output, StringComparison.Ordinal);
        Assert.Equal(0, calls);
        Assert.False(Directory.Exists(pushFeed) && Directory.EnumerateFileSystemEntries(pushFeed).Any(), "something was pushed");
    }

    [Fact]
    public async Task A_publish_without_a_nuget_feed_stops_before_any_call()
    {
        var (exit, output, calls) = await PublishAgainstLoopbackAsync(["--packages", clone.Feed]);

        Assert.True(exit != 0, output);
        Assert.Contains("stopped before any call", output, StringComparison.Ordinal);
        Assert.Contains("release --publish needs the NuGet feed in NUGET_SOURCE or --nuget-source", output, StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }

    /// <summary>
    /// Runs <c>release --publish</c> with GitHub's API and the image registry both on a loopback
    /// listener, and counts the connections it got: any call the release made would be one.
    /// </summary>
    private async Task<(int Exit, string Output, int Calls)> PublishAgainstLoopbackAsync(string[] arguments)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = 0;
        var accepting = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    using var connection = await listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref accepted);
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                // The listener was stopped.
            }
        });

        var (exit, output) = await ReleaseAsync(["--publish", "--image", $"127.0.0.1:{port}/ecr-login", .. arguments], new()
        {
            ["GITHUB_TOKEN"] = "placeholder-token",
            ["GITHUB_API_URL"] = $"http://127.0.0.1:{port}/",
            ["GITHUB_REPOSITORY"] = "org/ecr-login",
            ["NUGET_SOURCE"] = null,
            [NuGetPusher.ApiKeyVariable] = null,
        });
        listener.Stop();
        await accepting;
        return (exit, output, Volatile.Read(ref accepted));
    }

    [Fact]
    public async Task A_real_push_to_a_local_folder_feed_lands_all_four_packages()
    {
        var pushFeed = Directory.CreateDirectory(Path.Combine(clone.Folder, "pushed-" + Guid.NewGuid().ToString("N"))).FullName;
        var (packages, problems) = ReleasePackages.Find(clone.Feed, clone.Version, clone.Commit);
        Assert.True(packages is not null, string.Join('\n', problems));
        Assert.True(ReleaseVersion.TryParse(Tag, out var version));
        var plan = ReleasePlan.Create(version, clone.Commit, "ghcr.io/org/ecr-login", "runs:\n  image: Dockerfile\n", "- notes", packages, pushFeed);

        foreach (var push in plan.Steps.OfType<PushPackage>())
        {
            await NuGetPusher.PushAsync(push, apiKey: null);
        }

        var landed = Directory.EnumerateFiles(pushFeed, "*.nupkg", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.All(Ids, id => Assert.Contains($"{id}.{clone.Version}.nupkg", landed, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_package_packed_from_another_commit_is_refused()
    {
        var (packages, problems) = ReleasePackages.Find(clone.Feed, clone.Version, new string('0', 40));

        Assert.Null(packages);
        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.Contains($"was packed from commit {clone.Commit}, not the release commit", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_push_to_a_named_feed_without_an_api_key_is_refused_before_any_call()
    {
        Assert.Equal("pushing to release-feed needs the feed's API key in NUGET_API_KEY", await NuGetPusher.ProblemAsync("release-feed", null));
        Assert.Null(await NuGetPusher.ProblemAsync("release-feed", "placeholder"));
        Assert.Null(await NuGetPusher.ProblemAsync(clone.Feed, null));
    }
}
