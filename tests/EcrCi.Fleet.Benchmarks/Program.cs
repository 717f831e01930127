using System.Globalization;
using EcrCi.Fleet.Benchmarks;
using EcrCi.Testing;

// A fleet of cold jobs started in the same second against ECR's token-bucket throttle, scaled
// down (AWS: 200 credits, 20 a second per account and region). Every job has its own home and
// cache folder. Prints successes, failures, p50 / p95 / max wall time, and the bucket's minimum
// for the k-th job, max(0, k - capacity) / rate. Usage (loopback only):
//   dotnet publish src/EcrCi.Cli -c Release -r linux-x64 -p:PublishAot=true -o artifacts/fleet/cli
//   dotnet publish src/EcrCi.Action -c Release -r linux-x64 -o artifacts/fleet/action
//   dotnet run -c Release --project tests/EcrCi.Fleet.Benchmarks -- cli artifacts/fleet/cli/ecr-login 40 10 1
//   dotnet run -c Release --project tests/EcrCi.Fleet.Benchmarks -- action artifacts/fleet/action/ecr-login-action 200 50 5
if (args.Length != 5 || !Enum.TryParse<FleetJob.Kind>(args[0], ignoreCase: true, out var kind) || !File.Exists(args[1]))
{
    Console.Error.WriteLine("usage: EcrCi.Fleet.Benchmarks cli|action <binary> <jobs> <bucket capacity> <refill per second>");
    return 2;
}

var jobs = int.Parse(args[2], CultureInfo.InvariantCulture);
var bucket = new TokenBucket(double.Parse(args[3], CultureInfo.InvariantCulture), double.Parse(args[4], CultureInfo.InvariantCulture));
if (jobs is < 1 or > 1000)
{
    Console.Error.WriteLine("jobs: 1 to 1000");
    return 2;
}

await using var world = await FleetWorld.StartAsync();
var before = world.Emulator.PrivateCalls;
var outcomes = await FleetRun.RunAsync(Path.GetFullPath(args[1]), kind, world, jobs, bucket);

var succeeded = outcomes.Where(o => o.Succeeded).ToList();
var times = new Samples(outcomes.Select(o => o.Seconds * 1000));
var k95 = (int)Math.Ceiling(0.95 * jobs);
var floor95 = bucket.MinimumSecondsFor(k95);
Console.WriteLine($"{kind} x {jobs}, bucket {bucket.Capacity} / {bucket.RefillPerSecond} per s, each job cold with its own cache, TLS with the system trust store plus the test authority");
Console.WriteLine($"  succeeded {succeeded.Count}, failed {jobs - succeeded.Count}; token calls {world.Emulator.PrivateCalls - before}, throttled {world.Emulator.BucketThrottled}");
Console.WriteLine($"  wall time: p50 {times.Median / 1000:0.0} s, p95 {times.Percentile(0.95) / 1000:0.0} s, max {times.Max / 1000:0.0} s");
Console.WriteLine($"  bucket minimum: job {k95} (95 %) {floor95:0.0} s, last job {bucket.MinimumSecondsFor(jobs):0.0} s; goal p95 <= 1.5 x {floor95:0.0} + 2 = {(1.5 * floor95) + 2:0.0} s");
foreach (var error in outcomes.Where(o => !o.Succeeded).GroupBy(o => o.Error).OrderByDescending(g => g.Count()).Take(3))
{
    Console.WriteLine($"  {error.Count()} failed with: {error.Key}");
}

if (File.Exists("/proc/loadavg"))
{
    Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
}

return succeeded.Count == jobs ? 0 : 1;
