using EcrCi.Action.Runner;
using EcrCi.Testing;

namespace EcrCi.Action.Tests.Simulation;

/// <summary>Runs a step of the action for a <see cref="SimulatedJob"/>: in-process, as the native binary, or as the runner's container.</summary>
internal static class StepRunner
{
    public const string Entrypoint = "/usr/local/bin/ecr-login-action";
    public const string PostEntrypoint = "/usr/local/bin/ecr-login-action-post";

    /// <summary>Runs the step in this process, reading the variables through the same lookup the binary uses.</summary>
    public static async Task<StepResult> InProcessAsync(SimulatedJob job, ActionStage stage = ActionStage.Main, Action<Dictionary<string, string?>>? adjust = null)
    {
        ProcessCredentials.Ensure(job);
        var (files, variables) = job.PrepareStep(stage, inContainer: false);
        variables["PATH"] = Environment.GetEnvironmentVariable("PATH");
        adjust?.Invoke(variables);
        using var output = new StringWriter { NewLine = "\n" };
        var exitCode = await ActionProgram.RunAsync(stage, new ActionEnvironment(name => variables.GetValueOrDefault(name)), output, CancellationToken.None);
        return Finish(job, stage, new StepResult(exitCode, output.ToString(), string.Empty, files));
    }

    /// <summary>Runs the native binary (the post step through its <c>-post</c> link) with exactly the step's variables.</summary>
    public static async Task<StepResult> AsProcessAsync(SimulatedJob job, string binary, ActionStage stage = ActionStage.Main)
    {
        var (files, variables) = job.PrepareStep(stage, inContainer: false);
        variables.TryAdd("PATH", Environment.GetEnvironmentVariable("PATH"));
        variables["GITHUB_ACTIONS"] = "true";
        variables["CI"] = "true";
        var result = await ProcessRunner.RunAsync(new ProcessRequest(stage == ActionStage.Post ? binary + ActionProgram.PostSuffix : binary, [])
        {
            Environment = variables,
            ReplaceEnvironment = true,
            WorkingDirectory = job.Workspace,
        });
        return Finish(job, stage, new StepResult(result.ExitCode, result.StandardOutput, result.StandardError, files));
    }

    /// <summary>
    /// Runs the image with the runner's <c>docker run</c> arguments: <c>-e NAME</c> without values
    /// (the values travel in the docker client's environment), the runner's mounts and the docker
    /// socket, <c>--entrypoint</c> per stage, and host networking in place of the job network.
    /// </summary>
    public static async Task<StepResult> AsContainerAsync(SimulatedJob job, string image, ActionStage stage = ActionStage.Main)
    {
        var (files, variables) = job.PrepareStep(stage, inContainer: true);
        var name = "ecr-login-action-test-" + Guid.NewGuid().ToString("N")[..12];
        List<string> arguments = ["run", "--name", name, "--label", "ecr-login-action-test", "--workdir", "/github/workspace", "--rm"];
        foreach (var variable in variables.Keys)
        {
            arguments.AddRange(["-e", variable]);
        }

        arguments.AddRange(["-e", "GITHUB_ACTIONS=true", "-e", "CI=true"]);
        arguments.AddRange(["--entrypoint", stage == ActionStage.Post ? PostEntrypoint : Entrypoint]);
        arguments.AddRange(["--network", "host"]);
        arguments.AddRange(["-v", "/var/run/docker.sock:/var/run/docker.sock"]);
        arguments.AddRange(["-v", $"{job.Home}:/github/home"]);
        arguments.AddRange(["-v", $"{job.Workflow}:/github/workflow"]);
        arguments.AddRange(["-v", $"{job.FileCommands}:{StepFiles.ContainerFolder}"]);
        arguments.AddRange(["-v", $"{job.Workspace}:/github/workspace"]);
        arguments.Add(image);
        var result = await DockerEngine.RunAsync(arguments, environment: variables);
        return Finish(job, stage, new StepResult(result.ExitCode, result.StandardOutput, result.StandardError, files));
    }

    private static StepResult Finish(SimulatedJob job, ActionStage stage, StepResult result)
    {
        if (stage == ActionStage.Main)
        {
            job.Remember(result);
        }

        return result;
    }
}
