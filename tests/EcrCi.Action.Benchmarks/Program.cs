using EcrCi.Action.Benchmarks;
using EcrCi.Testing;

// Times the action's main step as a process (the Native AOT binary), for one and for two
// registries, against the ECR emulator over HTTPS and real registries. Usage:
//   dotnet publish src/EcrCi.Action/EcrCi.Action.csproj -c Release -r linux-x64 -o artifacts/action-bench
//   dotnet run -c Release --project tests/EcrCi.Action.Benchmarks -- artifacts/action-bench/ecr-login-action [runs]
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: EcrCi.Action.Benchmarks <path of the published ecr-login-action binary> [runs per case, default 40]");
    return 2;
}

var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40;
await using var world = await BenchmarkWorld.StartAsync();
var trustCases = new (string Name, bool BundleOnly)[]
{
    ("bundle file only, as in the image", true),
    ("bundle file plus the hashed /etc/ssl/certs folder, as on a Debian host", false),
};

foreach (var (trustName, bundleOnly) in trustCases)
{
    Console.WriteLine($"trust: system CA bundle + test authority; {trustName}");
    var one = new StepBenchmark(args[0], world, [BenchmarkWorld.FirstAccount], bundleOnly);
    var two = new StepBenchmark(args[0], world, [BenchmarkWorld.FirstAccount, BenchmarkWorld.SecondAccount], bundleOnly);
    await one.WarmUpAsync(3);
    await two.WarmUpAsync(3);
    for (var run = 0; run < runs; run++)
    {
        await one.MeasureAsync();
        await two.MeasureAsync();
    }

    Console.WriteLine(one.Report("one registry "));
    Console.WriteLine(two.Report("two registries"));
    Console.WriteLine($"  two / one (median): {Samples.MedianRatio(two.Samples, one.Samples)}");
    one.Dispose();
    two.Dispose();
}

return 0;
