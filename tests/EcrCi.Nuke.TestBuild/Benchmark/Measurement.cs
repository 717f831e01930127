using System.Diagnostics;
using EcrCi.Testing;
using Serilog;

namespace EcrCi.Nuke.TestBuild.Benchmark;

/// <summary>
/// Times <see cref="EcrTasks.EcrLogin(EcrLoginSettings?)"/> in this process: the first (cold)
/// call, then after a warm-up N calls each for one and for three registries; prints median,
/// p90, p95, min, max and mean. Logging stays on at Information (no sink), as in a build.
/// </summary>
internal static class Measurement
{
    private const int Warmup = 3;

    public static void Run(string[] registries, int iterations)
    {
        if (registries.Length < 3 || iterations < 1)
        {
            throw new InvalidOperationException("Pass --registries with three account ids and --iterations of at least 1.");
        }

        var buildLogger = Log.Logger;
        Log.Logger = new LoggerConfiguration().MinimumLevel.Information().CreateLogger();
        try
        {
            Measure(registries, iterations);
        }
        finally
        {
            Log.Logger = buildLogger;
        }
    }

    private static void Measure(string[] registries, int iterations)
    {
        var one = new EcrLoginSettings().SetRegistries(registries[0]).SetContainerClient(ContainerClient.Docker);
        var three = one.SetRegistries(registries[..3]);
        var cold = Time(one);

        Console.WriteLine($"EcrTasks.EcrLogin, emulator over TLS ({Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_ECR")}), docker login to real registries, {iterations} iterations after {Warmup} warm-up");
        Console.WriteLine($"first call in the process (cold, 1 registry): {cold:F1} ms");
        foreach (var (name, settings) in new[] { ("1 registry", one), ("3 registries", three) })
        {
            for (var i = 0; i < Warmup; i++)
            {
                Time(settings);
            }

            Console.WriteLine(new Samples(Enumerable.Range(0, iterations).Select(_ => Time(settings))).Line(name, 12));
        }
    }

    private static double Time(EcrLoginSettings settings)
    {
        var watch = Stopwatch.StartNew();
        var result = EcrTasks.EcrLogin(settings);
        watch.Stop();
        if (result.Tokens.Count != settings.Registries.Count)
        {
            throw new InvalidOperationException($"Expected {settings.Registries.Count} tokens, got {result.Tokens.Count}.");
        }

        return watch.Elapsed.TotalMilliseconds;
    }
}
