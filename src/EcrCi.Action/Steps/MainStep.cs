using EcrCi.Action.Inputs;
using EcrCi.Action.Runner;
using EcrCi.Aws;
using EcrCi.DockerConfig;

namespace EcrCi.Action.Steps;

/// <summary>
/// The main step: check every input and the runner's files, log in (assuming the role first
/// when one is given; events held back), mask the credentials first, then write the log,
/// outputs, state, environment and summary.
/// </summary>
internal static class MainStep
{
    /// <summary>Runs the step; errors are left to the caller, which ends the step with them.</summary>
    public static async Task RunAsync(ActionEnvironment environment, WorkflowCommandWriter commands, CancellationToken cancellationToken)
    {
        var inputs = ActionInputs.Parse(environment);
        var files = RunnerFiles.From(environment);
        var export = inputs.ExportDockerConfig ? DockerConfigExport.Plan(environment) : null;
        var envFile = export is null ? null : files.RequireEnv("DOCKER_CONFIG cannot be exported");

        foreach (var proxyPassword in ProxySettings.PasswordsOf(inputs.Options.Proxy, environment.Aws))
        {
            commands.AddMask(proxyPassword);
        }

        var log = new ActionLog(commands);
        EcrAuthResult result;
        try
        {
            result = await EcrAuth.LoginAsync(inputs.ToOptions(environment, log, export?.Folder), cancellationToken);
            Mask(commands, result, inputs.MaskPassword);
        }
        finally
        {
            log.Release();
        }

        if (!inputs.MaskPassword)
        {
            commands.Warning("mask-password is false: the docker_password_* outputs are not masked, so that they can be passed to other jobs. " +
                "Anyone who can read them can push and pull until the token expires; prefer logging in again in the job that needs the registry.");
        }

        if (export is not null && OperatingSystem.IsLinux())
        {
            var (user, group) = DockerConfigExport.HandOver(export.Folder, export.Workspace);
            commands.Info($"Exported DOCKER_CONFIG={export.HostFolder} for later steps (owned by {user}:{group}).");
        }

        var report = new LoginReport(result, inputs.SkipLogout, export, inputs.RoleToAssume is { } role ? new RoleReport(role, inputs.OutputCredentials) : null);
        var outputs = FileCommand.Format(report.Outputs());
        var state = FileCommand.Format(report.State());
        var env = export is null ? string.Empty : FileCommand.Format([new("DOCKER_CONFIG", export.HostFolder)]);
        FileCommand.Append(files.Output, outputs);
        FileCommand.Append(files.State, state);
        if (envFile is not null)
        {
            FileCommand.Append(envFile, env);
        }

        if (files.Summary is not null)
        {
            FileCommand.Append(files.Summary, report.Summary());
        }

        if (report.RoleSentence() is { } sentence)
        {
            commands.Info(sentence);
        }

        commands.Info($"Logged in to {result.Tokens.Count} registr{(result.Tokens.Count == 1 ? "y" : "ies")}; the earliest token expires at {LoginReport.Timestamp(result.ExpiresAt)}.");
    }

    /// <summary>
    /// Masks an assumed role's secret key, session token and access key id (always, whether or
    /// not they become outputs), then each token as ECR issues it (base64 of <c>user:password</c>,
    /// as Docker stores it), and the password unless the user wants to pass it on.
    /// </summary>
    private static void Mask(WorkflowCommandWriter commands, EcrAuthResult result, bool maskPassword)
    {
        if (result.AssumedRole is { } role)
        {
            commands.AddMask(role.SecretAccessKey.Reveal());
            commands.AddMask(role.SessionToken.Reveal());
            commands.AddMask(role.AccessKeyId);
        }

        foreach (var token in result.Tokens)
        {
            var password = token.Password.Reveal();
            if (maskPassword)
            {
                commands.AddMask(password);
            }

            commands.AddMask(DockerAuth.Encode(token.Username, password));
        }
    }
}
