using System.Text.RegularExpressions;
using EcrCi.Testing;

namespace EcrCi.Cake.Tests.CakeRuns;

/// <summary>How a child process ended: exit code, everything it printed (stdout, then stderr), how long it took.</summary>
public sealed partial record ChildResult(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The output without terminal colour codes (Cake colours the values it prints).</summary>
    public string Text => AnsiEscape().Replace(Output, string.Empty);

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    public ChildResult EnsureSuccess(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} exited with {ExitCode}:\n{Output}");
}

/// <summary>Runs a command through the test library's runner: an argument list (no shell), its own working folder and variables, and a time limit.</summary>
public static class ChildProcess
{
    public static async Task<ChildResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var result = await ProcessRunner.RunAsync(new ProcessRequest(fileName, [.. arguments])
        {
            WorkingDirectory = workingDirectory,
            Environment = environment ?? new Dictionary<string, string?>(),
            Limit = timeout ?? TimeSpan.FromMinutes(3),
        });
        return new ChildResult(result.ExitCode, Joined(result.StandardOutput, result.StandardError), result.Elapsed);
    }

    private static string Joined(string output, string error) =>
        error.Length == 0 ? output : output + (output.EndsWith('\n') || output.Length == 0 ? string.Empty : "\n") + error;
}
