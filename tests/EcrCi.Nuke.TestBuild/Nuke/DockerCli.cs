using System.Diagnostics;
using Serilog;

namespace EcrCi.Nuke.TestBuild;

/// <summary>Runs the docker CLI (<c>DOCKER_EXE</c>, else <c>PATH</c>) as a Nuke tool task would, its output on the log.</summary>
internal static class DockerCli
{
    public static void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOCKER_EXE") ?? "docker")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("docker did not start.");
        var error = process.StandardError.ReadToEndAsync();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            Log.Debug("docker: {Line}", line);
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker {arguments[0]} exited with {process.ExitCode}: {error.Result.Trim()}");
        }
    }
}
