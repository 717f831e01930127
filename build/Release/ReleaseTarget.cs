using Octokit;

namespace EcrCi.Build.Release;

/// <summary>
/// <c>release [--publish] [--repo owner/name] [--image ghcr.io/owner/ecr-login]</c>: plans the
/// release of the tagged commit and prints every call; with <c>--publish</c> and
/// <c>GITHUB_TOKEN</c> it makes them through Octokit.
/// </summary>
internal static class ReleaseTarget
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var publish = arguments.Contains("--publish");
        var repository = Option(arguments, "--repo") ?? Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") ?? "org/ecr-login";
        var imageRepository = Option(arguments, "--image") ?? $"ghcr.io/{repository.ToLowerInvariant()}";
        var tag = Option(arguments, "--tag") ?? (await Git.OutputAsync("describe", "--exact-match", "--tags", "--match", "v*")).Trim();
        if (!ReleaseVersion.TryParse(tag, out var version))
        {
            Console.Error.WriteLine($"release: HEAD has no release tag vMAJOR.MINOR.PATCH[-PRERELEASE] (got '{tag}'): tag it, or pass --tag");
            return 1;
        }

        var sha = (await Git.OutputAsync("rev-parse", "HEAD")).Trim();
        var manifest = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "action.yml"));
        var packages = Directory.Exists(Packages) ? Directory.GetFiles(Packages, "*.*nupkg") : [];
        var notes = await Git.OutputAsync("log", "--pretty=format:- %s", PreviousTagRange(await Git.OutputAsync("describe", "--tags", "--abbrev=0", "--match", "v*", $"{sha}^")));
        var plan = ReleasePlan.Create(version, sha, imageRepository, manifest, notes, packages);

        var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
        Console.WriteLine($"release {version.Tag} of {repository} ({(publish ? "publishing" : "dry run: pass --publish with GITHUB_TOKEN set to make these calls")})");
        foreach (var step in plan.Steps)
        {
            Console.WriteLine($"  {step.Describe().Replace("{repo}", repository, StringComparison.Ordinal)}");
        }

        if (!publish)
        {
            return 0;
        }

        if (string.IsNullOrEmpty(token))
        {
            Console.Error.WriteLine("release --publish needs GITHUB_TOKEN (contents: write, packages: write)");
            return 1;
        }

        var parts = repository.Split('/');
        var client = new GitHubClient(new ProductHeaderValue("ecr-login-release")) { Credentials = new Credentials(token) };
        await new ReleasePublisher(client, parts[0], parts[1]).PublishAsync(plan);
        return 0;
    }

    private static string Packages => Path.Combine(Repository.Root, "artifacts", "packages");

    private static string PreviousTagRange(string previous) =>
        string.IsNullOrWhiteSpace(previous) ? "HEAD" : $"{previous.Trim()}..HEAD";

    private static string? Option(string[] arguments, string name)
    {
        var index = Array.IndexOf(arguments, name);
        return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
    }
}
