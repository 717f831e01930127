namespace EcrCi.Testing;

/// <summary>How a child process ended.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StandardOutput">Everything it wrote to standard output.</param>
/// <param name="StandardError">Everything it wrote to standard error.</param>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>How long it ran, start to exit.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Whether the exit code is 0.</summary>
    public bool Succeeded => ExitCode == 0;

    /// <summary>Returns this result when it succeeded, else throws with the exit code and standard error.</summary>
    /// <param name="what">What was run, for the message.</param>
    /// <returns>This result.</returns>
    /// <exception cref="InvalidOperationException">The exit code is not 0.</exception>
    public CommandResult EnsureSuccess(string what) => Succeeded
        ? this
        : throw new InvalidOperationException($"{what} exited with {ExitCode}: {StandardError.Trim()}");
}
