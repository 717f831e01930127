using System.Collections;
using System.Diagnostics;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.World;

/// <summary>Runs a process with an argument list (no shell), no standard input, and a time limit.</summary>
public static class ChildProcess
{
    public static async Task<CommandResult> RunAsync(string fileName, IEnumerable<string> arguments, IDictionary<string, string?> environment, TimeSpan limit)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(limit);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} ran longer than {limit}.");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>Removes the variables an enclosing <c>dotnet test</c> leaves, so a nested build stands on its own.</summary>
    public static Dictionary<string, string?> WithoutMsBuildVariables() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .Select(e => (string)e.Key)
            .Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBUILD", StringComparison.Ordinal))
            .ToDictionary(name => name, _ => (string?)null);
}
