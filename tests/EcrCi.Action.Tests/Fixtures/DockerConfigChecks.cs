using System.Text.Json.Nodes;
using EcrCi.Action.Tests.Simulation;
using EcrCi.Action.Unix;
using EcrCi.Testing;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>What a login left in a Docker config folder, and whether a later step can use it.</summary>
internal static class DockerConfigChecks
{
    /// <summary><c>$RUNNER_TEMP/_github_home/.docker</c>, the folder host steps see.</summary>
    public static string ExportedFolder(SimulatedJob job) => Path.Combine(job.RunnerTemp, "_github_home", ".docker");

    /// <summary>The config folder and file belong to the runner's user, 0700 and 0600.</summary>
    public static void AssertHandedToRunnerUser(string folder)
    {
        var config = Path.Combine(folder, "config.json");
        Assert.Equal((SimulatedJob.RunnerUser, SimulatedJob.RunnerGroup), FileOwnership.OwnerOf(folder));
        Assert.Equal((SimulatedJob.RunnerUser, SimulatedJob.RunnerGroup), FileOwnership.OwnerOf(config));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(config));
    }

    /// <summary>The hosts that hold credentials in a Docker config file.</summary>
    public static IReadOnlyList<string> LoggedInHosts(string folder)
    {
        var file = Path.Combine(folder, "config.json");
        if (!File.Exists(file))
        {
            return [];
        }

        var auths = JsonNode.Parse(File.ReadAllText(file))?["auths"] as JsonObject;
        return [.. (auths ?? []).Where(p => p.Value is JsonObject { Count: > 0 }).Select(p => p.Key)];
    }

    /// <summary>Pushes a fresh image with the given Docker config, as a later host step would.</summary>
    public static async Task PushAsync(string registryHost, string dockerConfig)
    {
        var image = $"{registryHost}/ecr-login/action:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        try
        {
            var push = await DockerEngine.RunAsync(["push", image], environment: new Dictionary<string, string?> { ["DOCKER_CONFIG"] = dockerConfig });
            push.EnsureSuccess($"docker push {image} with DOCKER_CONFIG={dockerConfig}");
        }
        finally
        {
            await DockerEngine.RunAsync(["rmi", image]);
        }
    }
}
