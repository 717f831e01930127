using System.Diagnostics;

namespace EcrCi.Build.Demo;

/// <summary>
/// Runs the main job of each front end once against the bundled emulator and registry (starting
/// the Docker engine when none answers) and prints what each did: registry, expiry, push result.
/// </summary>
internal static class DemoTarget
{
    public static async Task<int> RunAsync()
    {
        if (!await Machine.PrepareAsync())
        {
            return 1;
        }

        await using var world = await DemoWorld.StartAsync();
        Console.WriteLine($"ECR emulator at {world.Emulator.Endpoint}; registry of account {DemoWorld.Account} at {world.RegistryHost}");
        var results = new List<FrontEndResult>();
        foreach (var frontEnd in FrontEnds.All)
        {
            Console.WriteLine($"--- {frontEnd.Name}");
            var clock = Stopwatch.StartNew();
            try
            {
                results.Add(await frontEnd.Run(world) with { Elapsed = clock.Elapsed });
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or Errors.EcrLoginException)
            {
                results.Add(new FrontEndResult(frontEnd.Name, "-", "-", "FAILED: " + e.Message) { Elapsed = clock.Elapsed });
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{"front end",-10} {"registry",-22} {"expires",-22} {"time",8}  push");
        foreach (var result in results)
        {
            Console.WriteLine($"{result.Name,-10} {result.Registry,-22} {result.ExpiresAt,-22} {result.Elapsed.TotalSeconds,7:0.0}s  {result.Push}");
        }

        Console.WriteLine($"token calls the emulator answered: {world.Emulator.PrivateCalls}");
        return results.All(r => r.Push == "ok") ? 0 : 1;
    }
}

/// <summary>What one front end did.</summary>
internal sealed record FrontEndResult(string Name, string Registry, string ExpiresAt, string Push)
{
    public TimeSpan Elapsed { get; init; }
}
