#:project ../../EcrCi.Testing.Fixtures/EcrCi.Testing.Fixtures.csproj
#:property TreatWarningsAsErrors=true
#:property NoWarn=$(NoWarn);CS1591

// Prints the hyperfine results run.sh exported into the folder given as the first argument,
// one line per case with the statistics every benchmark harness prints, and each case's goal.
using System.Text.Json;
using EcrCi.Testing;

var work = args.Length > 0 ? args[0] : throw new ArgumentException("usage: dotnet run Report.cs -- WORK-FOLDER");
foreach (var (name, goal) in new (string Name, int? Goal)[] { ("list", null), ("warm-get", 15), ("cold-get", 80), ("warm-login", 20) })
{
    using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, name + ".json")));
    var result = json.RootElement.GetProperty("results")[0];
    var command = result.GetProperty("command").GetString() ?? name;
    var samples = new Samples(result.GetProperty("times").EnumerateArray().Select(time => time.GetDouble() * 1000));
    Console.WriteLine(samples.Line(command[..Math.Min(40, command.Length)], 40) + (goal is { } ms ? $"   goal < {ms} ms" : string.Empty));
}
