using System.Diagnostics;
using System.Text;

namespace EcrCi.Testing;

/// <summary>Runs a child process with an argument list (never a shell line), feeding standard input and collecting both outputs.</summary>
public static class ProcessRunner
{
    /// <summary>Runs a process with a time limit; null environment values remove a variable.</summary>
    public static Task<CommandResult> RunAsync(
        string fileName, IEnumerable<string> arguments, IDictionary<string, string?>? environment, TimeSpan limit, string? standardInput = null) =>
        RunAsync(new ProcessRequest(fileName, [.. arguments])
        {
            Environment = environment?.AsReadOnly() ?? new Dictionary<string, string?>().AsReadOnly(),
            Limit = limit,
            StandardInput = standardInput,
        });

    /// <summary>Runs <paramref name="request"/>; one that outlives its limit is killed (with its children) and reported as a <see cref="TimeoutException"/>.</summary>
    /// <param name="request">What to run.</param>
    /// <param name="cancellationToken">Kills the process (and throws) when it fires.</param>
    public static async Task<CommandResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(request.Limit);
        try
        {
            return await RunAsync(Start(request), request.FileName, Utf8(request.StandardInput), deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{request} did not finish within {request.Limit}.");
        }
    }

    /// <summary>Runs a process until it exits or <paramref name="cancellationToken"/> fires (then it is killed); null environment values remove a variable.</summary>
    public static Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        ReadOnlyMemory<byte> standardInput,
        IDictionary<string, string?>? environment,
        CancellationToken cancellationToken) =>
        RunAsync(Start(new ProcessRequest(fileName, [.. arguments]) { Environment = environment?.AsReadOnly() ?? new Dictionary<string, string?>().AsReadOnly() }),
            fileName, standardInput, cancellationToken);

    /// <summary>The UTF-8 bytes of a text, or nothing for null.</summary>
    public static ReadOnlyMemory<byte> Utf8(string? text) => text is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(text);

    private static ProcessStartInfo Start(ProcessRequest request)
    {
        var startInfo = new ProcessStartInfo(request.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (request.WorkingDirectory is { } directory)
            startInfo.WorkingDirectory = directory;
        foreach (var argument in request.Arguments)
            startInfo.ArgumentList.Add(argument);
        if (request.ReplaceEnvironment)
            startInfo.Environment.Clear();
        foreach (var (name, value) in request.Environment)
        {
            if (value is null)
                startInfo.Environment.Remove(name);
            else
                startInfo.Environment[name] = value;
        }

        return startInfo;
    }

    private static async Task<CommandResult> RunAsync(ProcessStartInfo startInfo, string fileName, ReadOnlyMemory<byte> standardInput, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await WriteInputAsync(process, standardInput, cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var elapsed = clock.Elapsed;
            return new CommandResult(process.ExitCode, await output, await error) { Elapsed = elapsed };
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
}
