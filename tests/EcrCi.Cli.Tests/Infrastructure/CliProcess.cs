using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Infrastructure;

/// <summary>Runs the built CLI (or its helper link) as a real process, with an argument list and an exact environment.</summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static Task<CommandResult> RunAsync(string executable, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string? standardInput = null) =>
        ProcessRunner.RunAsync(new ProcessRequest(executable, [.. arguments]) { Environment = environment, StandardInput = standardInput, Limit = Timeout });
}
