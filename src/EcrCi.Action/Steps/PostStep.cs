using EcrCi.Action.Inputs;
using EcrCi.Action.Runner;

namespace EcrCi.Action.Steps;

/// <summary>
/// The post step: logs the client out of the registries the main step saved in its state,
/// from the same config folder. The folder lives in the job's own <c>RUNNER_TEMP</c>, so other
/// jobs on a shared runner keep their logins. Nothing saved (skip-logout, or the main step
/// failed) means nothing to do.
/// </summary>
internal static class PostStep
{
    /// <summary>Runs the step; errors are left to the caller, which ends the step with them.</summary>
    public static async Task RunAsync(ActionEnvironment environment, WorkflowCommandWriter commands, CancellationToken cancellationToken)
    {
        var hosts = ActionInputs.SplitList(environment.State(OutputNames.StateRegistries));
        if (hosts.Count == 0)
        {
            commands.Info("Nothing to log out of: skip-logout is on, or the main step did not log in.");
            return;
        }

        var log = new ActionLog(commands);
        log.Release();
        var dockerConfig = environment.State(OutputNames.StateDockerConfig);
        var exportedTo = environment.State(OutputNames.StateExportOwner);
        if (exportedTo is not null && dockerConfig is not null)
        {
            // Steps since the main one run as the runner's user, who can replace the exported
            // folder: check it again before the client (as root) rewrites it.
            DockerConfigExport.Refuse(dockerConfig, exportedTo);
        }

        var options = new EcrAuthOptions
        {
            FrontEnd = "action",
            ContainerClient = environment.State(OutputNames.StateContainerClient),
            DockerConfig = dockerConfig,
            Logger = log,
            EnvironmentVariables = environment.Lookup,
        };
        await EcrAuth.LogoutAsync(hosts, options, cancellationToken);

        if (exportedTo is not null && dockerConfig is not null && OperatingSystem.IsLinux())
        {
            // The client rewrote the config as root: hand it back to the runner's user.
            DockerConfigExport.HandOver(dockerConfig, exportedTo);
        }
    }
}
