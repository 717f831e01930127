namespace EcrCi.Build.Release;

/// <summary>
/// Pushes packages with <c>dotnet nuget push</c>. The API key never goes on a command line: NuGet
/// (7.6 and later) reads it from <c>NUGET_API_KEY</c> in the environment of that one process, and
/// every other child of the release runs without it.
/// </summary>
internal static class NuGetPusher
{
    /// <summary>The variable that holds the feed's API key, the name NuGet itself reads.</summary>
    public const string ApiKeyVariable = "NUGET_API_KEY";

    /// <summary>The first NuGet that reads <see cref="ApiKeyVariable"/>; an older one would push without the key.</summary>
    private static readonly Version KeyFromEnvironment = new(7, 6);

    /// <summary>Whether a source is a folder on this machine (which needs no key) rather than a named or HTTP feed.</summary>
    public static bool IsFolder(string source) =>
        source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(source) || source.StartsWith('.') || Directory.Exists(source);

    /// <summary>What stops a push to <paramref name="source"/> before any call: a missing key, or a NuGet too old to read it from the environment.</summary>
    public static async Task<string?> ProblemAsync(string source, string? apiKey)
    {
        if (IsFolder(source))
        {
            return null;
        }

        if (string.IsNullOrEmpty(apiKey))
        {
            return $"pushing to {source} needs the feed's API key in {ApiKeyVariable}";
        }

        var reported = (await Git.OutputOfAsync("dotnet", ["nuget", "--version"])).Trim();
        return Version.TryParse(reported.Split('-', '+')[0], out var nuget) && nuget >= KeyFromEnvironment
            ? null
            : $"dotnet nuget {(reported.Length > 0 ? reported : "(no version)")} does not read {ApiKeyVariable}; use a .NET SDK whose NuGet is {KeyFromEnvironment} or later";
    }

    /// <summary>Pushes one package (and the <c>.snupkg</c> beside it, as <c>dotnet nuget push</c> does); a rerun skips what the feed already has.</summary>
    public static async Task PushAsync(PushPackage step, string? apiKey)
    {
        var exit = await Machine.RunAsync("dotnet",
            ["nuget", "push", step.Path, "--source", step.Source, "--skip-duplicate"],
            (ApiKeyVariable, string.IsNullOrEmpty(apiKey) ? null : apiKey), ("GITHUB_TOKEN", null));
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet nuget push {System.IO.Path.GetFileName(step.Path)} to {step.Source} failed with exit code {exit}");
        }
    }
}
