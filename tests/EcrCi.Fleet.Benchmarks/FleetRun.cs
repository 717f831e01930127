using System.Diagnostics;
using EcrCi.Testing;

namespace EcrCi.Fleet.Benchmarks;

/// <summary>
/// Starts N cold jobs in the same instant against the throttled emulator and records, for each,
/// whether it succeeded and its wall time from the common start to its exit.
/// </summary>
internal static class FleetRun
{
    /// <summary>One job's outcome.</summary>
    public sealed record Outcome(bool Succeeded, double Seconds, string Error);

    public static async Task<IReadOnlyList<Outcome>> RunAsync(string binary, FleetJob.Kind kind, FleetWorld world, int jobs, TokenBucket bucket)
    {
        var folder = Directory.CreateTempSubdirectory("ecr-login-fleet-");
        try
        {
            var prepared = Enumerable.Range(0, jobs).Select(i => FleetJob.Prepare(kind, world, folder.FullName, i)).ToList();
            world.Emulator.RateLimit = bucket;
            using var gate = new SemaphoreSlim(0);
            var clock = Stopwatch.StartNew();
            var running = prepared.Select(async job =>
            {
                await gate.WaitAsync();
                var result = await ProcessRunner.RunAsync(new ProcessRequest(binary, job.Arguments)
                {
                    Environment = job.Variables,
                    ReplaceEnvironment = true,
                    Limit = TimeSpan.FromMinutes(3),
                });
                var error = result.ExitCode == 0 ? string.Empty : FirstLine(result.StandardError + result.StandardOutput);
                return new Outcome(result.ExitCode == 0, clock.Elapsed.TotalSeconds, error);
            }).ToList();
            clock.Restart();
            gate.Release(jobs);
            return await Task.WhenAll(running);
        }
        finally
        {
            world.Emulator.RateLimit = null;
            folder.Delete(recursive: true);
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "(no output)";
        return line.Length > 200 ? line[..200] : line;
    }
}
