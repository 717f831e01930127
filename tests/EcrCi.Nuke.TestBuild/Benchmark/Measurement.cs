using System.Diagnostics;
using System.Globalization;
using Serilog;

namespace EcrCi.Nuke.TestBuild.Benchmark;

/// <summary>
/// Times <see cref="EcrTasks.EcrLogin(EcrLoginSettings?)"/> in this process: the first (cold)
/// call, then after a warm-up N calls each for one and for three registries; prints min,
/// median, p95, max and mean. Logging stays on at Information (no sink), as in a build.
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
        Console.WriteLine("case          min   median      p95      max     mean  (ms)");
        foreach (var (name, settings) in new[] { ("1 registry", one), ("3 registries", three) })
        {
            for (var i = 0; i < Warmup; i++)
            {
                Time(settings);
            }

            var samples = Enumerable.Range(0, iterations).Select(_ => Time(settings)).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-12} {samples[0],6:F1} {Percentile(samples, 0.5),8:F1} {Percentile(samples, 0.95),8:F1} {samples[^1],8:F1} {samples.Average(),8:F1}"));
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

    /// <summary>The nearest-rank percentile of sorted samples.</summary>
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
