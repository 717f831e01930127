using System.Diagnostics;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Infrastructure;

/// <summary>Runs the built CLI (or its helper link) as a real process, with an argument list and an exact environment.</summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static async Task<CommandResult> RunAsync(string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string? standardInput = null)
    {
        var start = new ProcessStartInfo(executable)
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        using var deadline = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var error = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It exited without reading its input: the exit code tells.
        }

        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout}");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }
}
