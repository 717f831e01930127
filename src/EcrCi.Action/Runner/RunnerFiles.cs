using EcrCi.Errors;

namespace EcrCi.Action.Runner;

/// <summary>
/// The file commands of one step: where the runner reads outputs, state, environment and the
/// step summary. Entries are gathered first and written together at the end, so a failed step
/// leaves no partial output.
/// </summary>
/// <param name="Output">The <c>GITHUB_OUTPUT</c> file.</param>
/// <param name="State">The <c>GITHUB_STATE</c> file.</param>
/// <param name="Env">The <c>GITHUB_ENV</c> file, or null when the runner gave none.</param>
/// <param name="Summary">The <c>GITHUB_STEP_SUMMARY</c> file, or null when the runner gave none.</param>
internal sealed record RunnerFiles(string Output, string State, string? Env, string? Summary)
{
    /// <summary>Reads the paths; <c>GITHUB_OUTPUT</c> and <c>GITHUB_STATE</c> must exist.</summary>
    /// <exception cref="EcrLoginException">A required file command is missing.</exception>
    public static RunnerFiles From(ActionEnvironment environment) => new(
        Require(environment, "GITHUB_OUTPUT", "step outputs"),
        Require(environment, "GITHUB_STATE", "the state the post step reads"),
        environment.Get("GITHUB_ENV"),
        environment.Get("GITHUB_STEP_SUMMARY"));

    /// <summary>The <c>GITHUB_ENV</c> file, which exporting variables needs.</summary>
    /// <exception cref="EcrLoginException">The runner gave none.</exception>
    public string RequireEnv(string purpose) => Env ?? throw Missing("GITHUB_ENV", purpose);

    private static string Require(ActionEnvironment environment, string variable, string purpose) =>
        environment.Get(variable) ?? throw Missing(variable, purpose);

    private static EcrLoginException Missing(string variable, string purpose) => new(EcrErrorKind.InvalidInput,
        $"{variable} is not set, so {purpose} cannot be written: run this action as a step of a GitHub Actions job (runner 2.297.0 or later), which provides that file.");
}
