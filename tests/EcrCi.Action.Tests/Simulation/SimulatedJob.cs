using EcrCi.Action.Unix;

namespace EcrCi.Action.Tests.Simulation;

/// <summary>
/// One job on a simulated runner: <c>RUNNER_TEMP</c> with <c>_github_home</c>,
/// <c>_github_workflow</c> and <c>_runner_file_commands</c>, a workspace owned by the runner's
/// user, the step's <c>with:</c> inputs and <c>env:</c>, and the state the main step saved for
/// the post step. It builds each step's variables as the runner does.
/// </summary>
internal sealed class SimulatedJob : IDisposable
{
    public const uint RunnerUser = 1001;
    public const uint RunnerGroup = 1002;

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("ecr-login-action-job-");

    public SimulatedJob()
    {
        RunnerTemp = Directory.CreateDirectory(Path.Combine(root.FullName, "_temp")).FullName;
        Home = Directory.CreateDirectory(Path.Combine(RunnerTemp, "_github_home")).FullName;
        Workflow = Directory.CreateDirectory(Path.Combine(RunnerTemp, "_github_workflow")).FullName;
        FileCommands = Directory.CreateDirectory(Path.Combine(RunnerTemp, "_runner_file_commands")).FullName;
        Workspace = Directory.CreateDirectory(Path.Combine(root.FullName, "workspace")).FullName;
        FileOwnership.SetOwner(Workspace, RunnerUser, RunnerGroup);
    }

    public string RunnerTemp { get; }

    public string Home { get; }

    public string Workflow { get; }

    public string FileCommands { get; }

    public string Workspace { get; }

    /// <summary>The repository the workflow runs in (<c>GITHUB_REPOSITORY</c>).</summary>
    public string RepositoryName { get; init; } = "org/app";

    /// <summary>The workflow run (<c>GITHUB_RUN_ID</c>), different for every job.</summary>
    public string RunId { get; } = Random.Shared.NextInt64(1_000_000_000, 99_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// What the runner gives a job with <c>permissions: id-token: write</c> (as
    /// <c>ACTIONS_ID_TOKEN_REQUEST_URL</c> and <c>ACTIONS_ID_TOKEN_REQUEST_TOKEN</c>, which it
    /// passes to container actions too); null for a job without that permission.
    /// </summary>
    public (Uri Url, string Token)? IdTokenRequest { get; set; }

    /// <summary>The step's <c>with:</c> block.</summary>
    public Dictionary<string, string> With { get; } = new(StringComparer.Ordinal);

    /// <summary>The step's environment (<c>env:</c>, and what earlier steps exported).</summary>
    public Dictionary<string, string?> Env { get; } = new(StringComparer.Ordinal);

    /// <summary>The state the main step saved; the post step gets it as <c>STATE_*</c>.</summary>
    public IReadOnlyDictionary<string, string> SavedState { get; private set; } = new Dictionary<string, string>();

    /// <summary>The Docker config folder of the container's <c>HOME</c>, on the host.</summary>
    public string DockerConfigFolder => Path.Combine(Home, ".docker");

    /// <summary>Creates the step's files and its variables; <paramref name="inContainer"/> uses the container's paths.</summary>
    public (StepFiles Files, Dictionary<string, string?> Variables) PrepareStep(ActionStage stage, bool inContainer)
    {
        var files = StepFiles.Create(FileCommands);
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in Inputs())
        {
            variables[name] = value;
        }

        foreach (var (name, value) in Env)
        {
            variables[name] = value;
        }

        variables["HOME"] = inContainer ? "/github/home" : Home;
        variables["GITHUB_WORKSPACE"] = inContainer ? "/github/workspace" : Workspace;
        variables["RUNNER_TEMP"] = RunnerTemp;
        variables["RUNNER_OS"] = "Linux";
        variables["GITHUB_ACTIONS"] = "true";
        variables["GITHUB_REPOSITORY"] = RepositoryName;
        variables["GITHUB_RUN_ID"] = RunId;
        if (IdTokenRequest is { } idToken)
        {
            variables["ACTIONS_ID_TOKEN_REQUEST_URL"] = idToken.Url.ToString();
            variables["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] = idToken.Token;
        }

        foreach (var (name, value) in files.Variables(inContainer))
        {
            variables[name] = value;
        }

        if (stage == ActionStage.Post)
        {
            foreach (var (name, value) in SavedState)
            {
                variables["STATE_" + name] = value;
            }
        }

        return (files, variables);
    }

    /// <summary>Keeps what the main step saved, for the post step.</summary>
    public void Remember(StepResult main) => SavedState = main.State;

    public void Dispose()
    {
        try
        {
            root.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Every input of action.yml, given or defaulted, as <c>INPUT_&lt;NAME&gt;</c> (hyphens kept).</summary>
    private IEnumerable<KeyValuePair<string, string>> Inputs()
    {
        var manifest = ActionManifest.Repository;
        var unknown = With.Keys.Except(manifest.Inputs.Select(i => i.Name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"action.yml declares no input {string.Join(", ", unknown)}");
        }

        foreach (var input in manifest.Inputs)
        {
            var value = With.TryGetValue(input.Name, out var given) ? given : input.Default ?? string.Empty;
            yield return new("INPUT_" + input.Name.Replace(' ', '_').ToUpperInvariant(), value);
        }
    }
}
