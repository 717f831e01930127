using System.Diagnostics;
using System.Text;

namespace EcrCi.Testing;

/// <summary>Runs a child process with an argument list (never a shell line), feeding standard input.</summary>
public static class ProcessRunner
{
    /// <summary>Runs a process with a time limit; one that outlives it is killed (with its children) and reported as a <see cref="TimeoutException"/>.</summary>
    public static async Task<CommandResult> RunAsync(
        string fileName, IEnumerable<string> arguments, IDictionary<string, string?>? environment, TimeSpan limit, string? standardInput = null)
    {
        var argumentList = arguments.ToList();
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            return await RunAsync(fileName, argumentList, Utf8(standardInput), environment, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"{fileName} {string.Join(' ', argumentList)} did not finish within {limit}.");
        }
    }

    /// <summary>Runs a process until it exits or <paramref name="cancellationToken"/> fires (then it is killed); null environment values remove a variable.</summary>
    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        ReadOnlyMemory<byte> standardInput,
        IDictionary<string, string?>? environment,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                startInfo.Environment.Remove(name);
            else
                startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await WriteInputAsync(process, standardInput, cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new CommandResult(process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static async Task WriteInputAsync(Process process, ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited without reading its input; its exit code tells the story.
        }
    }

    /// <summary>The UTF-8 bytes of a text, or nothing for null.</summary>
    public static ReadOnlyMemory<byte> Utf8(string? text) => text is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(text);
}
