using EcrCi.Testing;
using Serilog;

namespace EcrCi.Nuke.TestBuild;

/// <summary>Runs the docker CLI (<c>DOCKER_EXE</c>, else <c>PATH</c>) as a Nuke tool task would, its output on the log.</summary>
internal static class DockerCli
{
    public static void Run(params string[] arguments)
    {
        var docker = Environment.GetEnvironmentVariable("DOCKER_EXE") ?? "docker";
        var result = Task.Run(() => ProcessRunner.RunAsync(new ProcessRequest(docker, arguments) { Limit = TimeSpan.FromMinutes(5) })).GetAwaiter().GetResult();
        foreach (var line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Log.Debug("docker: {Line}", line.TrimEnd('\r'));
        }

        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker {arguments[0]} exited with {result.ExitCode}: {result.StandardError.Trim()}");
        }
    }
}
