using EcrCi.Action.Runner;
using EcrCi.Action.Steps;
using EcrCi.Errors;
using EcrCi.Action.Inputs;

namespace EcrCi.Action;

/// <summary>Which step of the action runs: <c>entrypoint</c> or <c>post-entrypoint</c>.</summary>
internal enum ActionStage
{
    /// <summary>The main step: log in and export.</summary>
    Main,

    /// <summary>The post step: log out.</summary>
    Post,
}

/// <summary>
/// Runs one step of the action and turns any failure into one <c>::error::</c> line that says
/// what to fix (never a secret) and exit code 1.
/// </summary>
internal static class ActionProgram
{
    /// <summary>The suffix of the post step's entrypoint (a link to the same binary).</summary>
    public const string PostSuffix = "-post";

    /// <summary>The post step when the program was started as <c>*-post</c> or with the argument <c>post</c>.</summary>
    public static ActionStage StageOf(IReadOnlyList<string> commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var name = commandLine.Count > 0 ? Path.GetFileName(commandLine[0]) : string.Empty;
        var post = name.EndsWith(PostSuffix, StringComparison.Ordinal)
            || (commandLine.Count > 1 && string.Equals(commandLine[1], "post", StringComparison.Ordinal));
        return post ? ActionStage.Post : ActionStage.Main;
    }

    /// <summary>Runs a step against the runner's variables, writing to its standard output.</summary>
    /// <returns>The exit code: 0 on success, 1 on failure.</returns>
    public static async Task<int> RunAsync(ActionStage stage, ActionEnvironment environment, TextWriter output, CancellationToken cancellationToken)
    {
        var commands = new WorkflowCommandWriter(output);
        try
        {
            var step = stage == ActionStage.Post
                ? PostStep.RunAsync(environment, commands, cancellationToken)
                : MainStep.RunAsync(environment, commands, cancellationToken);
            await step;
            return 0;
        }
        catch (EcrLoginException e)
        {
            commands.Error(InputNames.Describe(e));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            commands.Error("The step was cancelled before it finished.");
        }
#pragma warning disable CA1031 // The step's last line of defence: any failure becomes one clear, redacted error line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            commands.Error($"ecr-login failed unexpectedly ({e.GetType().Name}): {e.Message}");
        }

        return 1;
    }
}
