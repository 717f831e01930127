namespace EcrCi.Testing;

/// <summary>What <see cref="ProcessRunner"/> starts: a program, an argument list (never a shell line) and what it runs with.</summary>
/// <param name="FileName">The program to run.</param>
/// <param name="Arguments">Its arguments, one per item.</param>
public sealed record ProcessRequest(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Variables to set on top of this process's environment; a null value removes one.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Whether the child gets only <see cref="Environment"/>, nothing inherited.</summary>
    public bool ReplaceEnvironment { get; init; }

    /// <summary>The working folder; null keeps this process's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Text written to standard input (UTF-8) before it is closed; null closes it at once.</summary>
    public string? StandardInput { get; init; }

    /// <summary>How long the process may run before it is killed and a <see cref="TimeoutException"/> is thrown.</summary>
    public TimeSpan Limit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The variables an enclosing <c>dotnet test</c> leaves (MSBuild's), removed, so a nested build stands on its own.</summary>
    public static IReadOnlyDictionary<string, string?> WithoutMsBuildVariables() =>
        System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(name => name, _ => (string?)null);

    /// <summary>The command line for messages.</summary>
    public override string ToString() => $"{FileName} {string.Join(' ', Arguments)}";
}
