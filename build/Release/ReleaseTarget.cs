using Octokit;

namespace EcrCi.Build.Release;

/// <summary>
/// <c>release [--publish] [--repo owner/name] [--image ghcr.io/owner/ecr-login] [--tag vX.Y.Z]
/// [--packages DIR] [--nuget-source SOURCE]</c>: packs the tagged commit from a clean clone (or
/// takes the packages in DIR, which must come from that commit), plans the release and prints every
/// call; with <c>--publish</c>, <c>GITHUB_TOKEN</c> and <c>NUGET_API_KEY</c> it makes them. A missing
/// package, token or key stops it before any call.
/// </summary>
internal static class ReleaseTarget
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var publish = arguments.Contains("--publish");
        var repository = Option(arguments, "--repo") ?? Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") ?? "org/ecr-login";
        var imageRepository = Option(arguments, "--image") ?? $"ghcr.io/{repository.ToLowerInvariant()}";
        var nugetSource = Option(arguments, "--nuget-source") ?? NonEmpty(Environment.GetEnvironmentVariable("NUGET_SOURCE"));
        var tag = Option(arguments, "--tag") ?? (await Git.OutputAsync("describe", "--exact-match", "--tags", "--match", "v*")).Trim();
        if (!ReleaseVersion.TryParse(tag, out var version))
        {
            Console.Error.WriteLine($"release: HEAD has no release tag vMAJOR.MINOR.PATCH[-PRERELEASE] (got '{tag}'): tag it, or pass --tag");
            return 1;
        }

        var sha = (await Git.OutputAsync("rev-parse", "HEAD")).Trim();
        var folder = Option(arguments, "--packages") is { } given ? Path.GetFullPath(given) : Path.Combine(Repository.Root, "artifacts", "release", version.Version);
        if (Option(arguments, "--packages") is null && !await PackAsync(sha, version, folder))
        {
            return Refuse(["packing the release commit failed"]);
        }

        var (packages, problems) = ReleasePackages.Find(folder, version.Version, sha);
        if (packages is null)
        {
            return Refuse(problems);
        }

        var manifest = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "action.yml"));
        var notes = await Git.OutputAsync("log", "--pretty=format:- %s", PreviousTagRange(await Git.OutputAsync("describe", "--tags", "--abbrev=0", "--match", "v*", $"{sha}^")));
        var plan = ReleasePlan.Create(version, sha, imageRepository, manifest, notes, packages, nugetSource ?? "(NUGET_SOURCE unset)");

        Console.WriteLine($"release {version.Tag} of {repository} ({(publish ? "publishing" : "dry run: pass --publish with GITHUB_TOKEN and NUGET_API_KEY set to make these calls")})");
        foreach (var step in plan.Steps)
        {
            Console.WriteLine($"  {step.Describe().Replace("{repo}", repository, StringComparison.Ordinal)}");
        }

        if (!publish)
        {
            return 0;
        }

        var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        var apiKey = NonEmpty(Environment.GetEnvironmentVariable(NuGetPusher.ApiKeyVariable));
        var missing = new List<string>();
        if (string.IsNullOrEmpty(token))
        {
            missing.Add("release --publish needs GITHUB_TOKEN (contents: write, packages: write)");
        }

        if (nugetSource is null)
        {
            missing.Add("release --publish needs the NuGet feed in NUGET_SOURCE or --nuget-source (a source name, URL or folder)");
        }
        else if (await NuGetPusher.ProblemAsync(nugetSource, apiKey) is { } pushProblem)
        {
            missing.Add(pushProblem);
        }

        if (missing.Count > 0)
        {
            return Refuse(missing);
        }

        var parts = repository.Split('/');
        var client = NonEmpty(Environment.GetEnvironmentVariable("GITHUB_API_URL")) is { } api
            ? new GitHubClient(new ProductHeaderValue("ecr-login-release"), new Uri(api))
            : new GitHubClient(new ProductHeaderValue("ecr-login-release"));
        client.Credentials = new Credentials(token);
        await new ReleasePublisher(client, parts[0], parts[1], apiKey).PublishAsync(plan);
        return 0;
    }

    /// <summary>Packs the release commit into a folder that holds nothing else.</summary>
    private static async Task<bool> PackAsync(string sha, ReleaseVersion version, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return await ReleasePackages.PackFromCommitAsync(sha, version.Version, folder);
    }

    private static int Refuse(IEnumerable<string> problems)
    {
        Console.Error.WriteLine("release: stopped before any call, nothing was published:");
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"  {problem}");
        }

        return 1;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string PreviousTagRange(string previous) =>
        string.IsNullOrWhiteSpace(previous) ? "HEAD" : $"{previous.Trim()}..HEAD";

    private static string? Option(string[] arguments, string name)
    {
        var index = Array.IndexOf(arguments, name);
        return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
    }
}
