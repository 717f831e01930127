namespace EcrCi.Action.Tests.Simulation;

/// <summary>
/// The file commands of one step, created empty as the runner creates them
/// (<c>_runner_file_commands/set_output_&lt;guid&gt;</c> and so on).
/// </summary>
internal sealed record StepFiles(string Output, string Env, string State, string Summary)
{
    public const string ContainerFolder = "/github/file_commands";

    public static StepFiles Create(string folder)
    {
        var suffix = Guid.NewGuid().ToString();
        var files = new StepFiles(
            Path.Combine(folder, "set_output_" + suffix),
            Path.Combine(folder, "set_env_" + suffix),
            Path.Combine(folder, "save_state_" + suffix),
            Path.Combine(folder, "step_summary_" + suffix));
        foreach (var file in files.All)
        {
            File.Create(file).Dispose();
        }

        return files;
    }

    public IEnumerable<string> All => [Output, Env, State, Summary];

    /// <summary>The variables pointing at the files, as a host process or the container sees them.</summary>
    public IEnumerable<KeyValuePair<string, string>> Variables(bool inContainer)
    {
        string Map(string path) => inContainer ? $"{ContainerFolder}/{Path.GetFileName(path)}" : path;
        yield return new("GITHUB_OUTPUT", Map(Output));
        yield return new("GITHUB_ENV", Map(Env));
        yield return new("GITHUB_STATE", Map(State));
        yield return new("GITHUB_STEP_SUMMARY", Map(Summary));
    }
}
