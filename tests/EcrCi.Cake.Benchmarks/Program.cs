using System.Globalization;
using EcrCi.Cake.Benchmarks;

// Times EcrLogin inside real `dotnet cake` runs against bare runs of the same script.
// Usage: dotnet run -c Release --project tests/EcrCi.Cake.Benchmarks -- [runs per variant, default 10] [il]
// "il" packs the addin without ReadyToRun, to compare.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var readyToRun = !args.Contains("il", StringComparer.OrdinalIgnoreCase);
return await CakeLoginBenchmark.RunAsync(runs, readyToRun);
