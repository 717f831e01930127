using System.Globalization;
using EcrCi.Testing;

namespace EcrCi.Build.Tests;

/// <summary>
/// A fresh <c>git clone</c> of this repository at HEAD (committed work only, as CI and a new
/// contributor get it), packed once with the documented command
/// <c>dotnet run --project build -- pack</c> into a feed folder, under a version no earlier run
/// used, so no NuGet cache can hold a stale copy.
/// </summary>
public sealed class FreshClone : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("ecr-login-clone-").FullName;

    public string Checkout => Path.Combine(Folder, "clone");

    public string Feed => Path.Combine(Folder, "feed");

    public string Version { get; } = string.Create(CultureInfo.InvariantCulture, $"9.9.9-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");

    public string Commit { get; private set; } = string.Empty;

    public string PackOutput { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Commit = await CloneHeadAsync(Checkout);
        var pack = await Dotnet.RunAsync(Checkout, ["run", "--project", "build", "--", "pack", "--output", Feed, "--version", Version], TimeSpan.FromMinutes(10));
        PackOutput = pack.Output;
        Assert.True(pack.Exit == 0, $"dotnet run --project build -- pack failed in a fresh clone:\n{pack.Output}");
    }

    /// <summary>Clones the repository the tests run from at its HEAD commit into <paramref name="folder"/>; returns that commit.</summary>
    public static async Task<string> CloneHeadAsync(string folder)
    {
        var head = await Dotnet.RunAsync(Repository.Root, "git", ["rev-parse", "HEAD"], TimeSpan.FromMinutes(1));
        Assert.True(head.Exit == 0, $"git rev-parse HEAD failed in {Repository.Root}:\n{head.Output}");
        var commit = head.Output.Trim();
        var clone = await Dotnet.RunAsync(Repository.Root, "git", ["clone", "--quiet", "--no-checkout", Repository.Root, folder], TimeSpan.FromMinutes(2));
        Assert.True(clone.Exit == 0, $"git clone failed:\n{clone.Output}");
        var checkout = await Dotnet.RunAsync(folder, "git", ["checkout", "--quiet", "--detach", commit], TimeSpan.FromMinutes(2));
        Assert.True(checkout.Exit == 0, $"git checkout {commit} failed:\n{checkout.Output}");
        return commit;
    }

    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class FreshCloneCollection : ICollectionFixture<FreshClone>
{
    public const string Name = "a fresh clone, packed with the documented command";
}

/// <summary>Runs <c>dotnet</c> (or another program) as a user would: no banners, no telemetry, none of the enclosing test run's MSBuild variables.</summary>
public static class Dotnet
{
    public static string Host { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static Task<(int Exit, string Output)> RunAsync(string directory, string[] arguments, TimeSpan limit, IReadOnlyDictionary<string, string?>? environment = null) =>
        RunAsync(directory, Host, arguments, limit, environment);

    public static async Task<(int Exit, string Output)> RunAsync(string directory, string file, string[] arguments, TimeSpan limit, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>(ProcessRequest.WithoutMsBuildVariables())
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        var result = await ProcessRunner.RunAsync(new ProcessRequest(file, arguments) { WorkingDirectory = directory, Environment = variables, Limit = limit });
        return (result.ExitCode, result.StandardOutput + result.StandardError);
    }
}
