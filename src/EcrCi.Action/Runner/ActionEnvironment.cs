using EcrCi.Aws;

namespace EcrCi.Action.Runner;

/// <summary>
/// The variables the runner hands a container action: inputs (<c>INPUT_&lt;NAME&gt;</c>, hyphens
/// kept), saved state (<c>STATE_&lt;name&gt;</c>), the file-command paths and the AWS variables,
/// read through one lookup so that tests can run a step in-process.
/// </summary>
/// <param name="lookup">Returns a variable's value, or null when it is unset.</param>
internal sealed class ActionEnvironment(Func<string, string?> lookup)
{
    /// <summary>The variables of the current process.</summary>
    public static ActionEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>The lookup itself, for the core's settings (region, endpoints, proxy, PATH, HOME).</summary>
    public Func<string, string?> Lookup { get; } = lookup;

    /// <summary>The same variables, read the way the core reads them.</summary>
    public AwsEnvironment Aws => new(Lookup);

    /// <summary>A variable's value, or null when it is unset or empty.</summary>
    public string? Get(string name) => Lookup(name) is { Length: > 0 } value ? value : null;

    /// <summary>An input as the runner passes it, trimmed; empty when unset.</summary>
    public string Input(string name) => (Lookup(InputVariable(name)) ?? string.Empty).Trim();

    /// <summary>A value the main step saved with <c>GITHUB_STATE</c>; null when none was saved.</summary>
    public string? State(string name) => Get("STATE_" + name);

    /// <summary>The variable that carries an input: upper case, spaces as <c>_</c>, hyphens kept.</summary>
    public static string InputVariable(string name) => "INPUT_" + name.Replace(' ', '_').ToUpperInvariant();
}
