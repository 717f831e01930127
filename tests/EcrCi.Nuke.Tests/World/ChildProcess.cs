using System.Collections;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.World;

/// <summary>Runs a process with an argument list (no shell), no standard input, and a time limit.</summary>
public static class ChildProcess
{
    public static Task<CommandResult> RunAsync(string fileName, IEnumerable<string> arguments, IDictionary<string, string?> environment, TimeSpan limit) =>
        ProcessRunner.RunAsync(fileName, arguments, environment, limit);

    /// <summary>Removes the variables an enclosing <c>dotnet test</c> leaves, so a nested build stands on its own.</summary>
    public static Dictionary<string, string?> WithoutMsBuildVariables() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBUILD", StringComparison.Ordinal))
            .ToDictionary(name => name, _ => (string?)null);
}
