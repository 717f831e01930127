namespace EcrCi.Action.Tests.Simulation;

/// <summary>What one step left behind, read back exactly as the runner reads it.</summary>
internal sealed class StepResult
{
    public StepResult(int exitCode, string standardOutput, string standardError, StepFiles files)
    {
        ExitCode = exitCode;
        StandardOutput = standardOutput;
        StandardError = standardError;
        Log = RunnerLog.Parse(standardOutput);
        OutputEntries = RunnerFileCommands.ReadFile(files.Output);
        EnvEntries = RunnerFileCommands.ReadFile(files.Env);
        StateEntries = RunnerFileCommands.ReadFile(files.State);
        Outputs = RunnerFileCommands.ToDictionary(OutputEntries);
        Env = RunnerFileCommands.ToDictionary(EnvEntries);
        State = RunnerFileCommands.ToDictionary(StateEntries);
        Summary = File.ReadAllText(files.Summary);
        RawFiles = files.All.Select(File.ReadAllText).ToList();
    }

    public int ExitCode { get; }

    public string StandardOutput { get; }

    public string StandardError { get; }

    public IReadOnlyList<LogLine> Log { get; }

    public IReadOnlyList<KeyValuePair<string, string>> OutputEntries { get; }

    public IReadOnlyList<KeyValuePair<string, string>> EnvEntries { get; }

    public IReadOnlyList<KeyValuePair<string, string>> StateEntries { get; }

    public IReadOnlyDictionary<string, string> Outputs { get; }

    public IReadOnlyDictionary<string, string> Env { get; }

    public IReadOnlyDictionary<string, string> State { get; }

    public string Summary { get; }

    /// <summary>The raw text of the output, env, state and summary files.</summary>
    public IReadOnlyList<string> RawFiles { get; }

    public IReadOnlyList<string> Masks => [.. Log.Where(l => l.Command == "add-mask").Select(l => l.Data)];

    public IReadOnlyList<string> Errors => [.. Log.Where(l => l.Command == "error").Select(l => l.Data)];

    public IReadOnlyList<string> Warnings => [.. Log.Where(l => l.Command == "warning").Select(l => l.Data)];

    /// <summary>Lines the log shows as text (not commands).</summary>
    public IReadOnlyList<string> PlainLines => [.. Log.Where(l => !l.IsCommand).Select(l => l.Text)];

    /// <summary>True when every <c>::add-mask::</c> line comes before every other line of standard output.</summary>
    public bool MasksComeFirst
    {
        get
        {
            var lastMask = Log.Select((line, index) => (line, index)).LastOrDefault(p => p.line.Command == "add-mask").index;
            var firstOther = Log.Select((line, index) => (line, index)).FirstOrDefault(p => p.line.Command != "add-mask", (null!, Log.Count)).index;
            return Masks.Count > 0 && lastMask < firstOther;
        }
    }

    /// <summary>Fails with the whole log when the step did not succeed.</summary>
    public StepResult EnsureSucceeded()
    {
        Assert.True(ExitCode == 0, $"the step exited with {ExitCode}:\n{StandardOutput}\n{StandardError}");
        return this;
    }

    public override string ToString() => $"exit {ExitCode}\n{StandardOutput}\n{StandardError}";
}
