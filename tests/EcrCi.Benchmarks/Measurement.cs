using System.Diagnostics;
using System.Globalization;
using EcrCi.Testing;

namespace EcrCi.Benchmarks;

/// <summary>Times whole logins (token over TLS + docker login into a real registry) in one process.</summary>
internal static class Measurement
{
    public static async Task<int> RunAsync(int iterations)
    {
        var one = new EcrAuthOptions { Registries = [Host.Accounts[0]] };
        var three = new EcrAuthOptions { Registries = Host.Accounts };

        var first = Stopwatch.StartNew();
        await EcrAuth.LoginAsync(one);
        var firstMs = first.Elapsed.TotalMilliseconds;

        var (oneTimes, oneBytes) = await TimeAsync(one, iterations);
        var (threeTimes, threeBytes) = await TimeAsync(three, iterations);
        var tokenOnly = await TimeAsync(one, iterations, tokensOnly: true);

        Console.WriteLine($"iterations per case: {iterations} (after one warm-up); TLS with the system trust store plus the test authority");
        Console.WriteLine($"first login in a fresh process (1 registry): {firstMs:0.0} ms");
        Report("login, 1 registry", oneTimes, oneBytes);
        Report("login, 3 registries at once", threeTimes, threeBytes);
        Report("token only, 1 registry", tokenOnly.Times, tokenOnly.Bytes);
        var (floorOne, floorThree) = await DockerFloor.MeasureAsync(iterations);
        Report("bare docker login, 1", floorOne, null);
        Report("bare docker login, 3 at once", floorThree, null);
        Console.WriteLine($"bare docker: 3 / 1 (median): {Samples.MedianRatio(new Samples(floorThree), new Samples(floorOne))} (the floor for the ratio below)");
        Console.WriteLine($"3 registries / 1 registry (median): {Samples.MedianRatio(new Samples(threeTimes), new Samples(oneTimes))} (goal: at most 1.30)");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
        return 0;
    }

    private static async Task<(List<double> Times, long Bytes)> TimeAsync(EcrAuthOptions options, int iterations, bool tokensOnly = false)
    {
        await Run(options, tokensOnly);
        var times = new List<double>(iterations);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await Run(options, tokensOnly);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (times, (GC.GetTotalAllocatedBytes(precise: true) - before) / iterations);
    }

    private static Task Run(EcrAuthOptions options, bool tokensOnly) =>
        tokensOnly ? EcrAuth.GetTokensAsync(options) : EcrAuth.LoginAsync(options);

    private static void Report(string name, List<double> times, long? bytes) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{new Samples(times).Line(name, 30)}  allocated {(bytes is { } b ? (b / 1024).ToString(CultureInfo.InvariantCulture) : "-"),6} KiB/op"));
}
