using EcrCi.Action.Inputs;
using EcrCi.Action.Runner;
using EcrCi.Aws;
using EcrCi.DockerConfig;
using EcrCi.Errors;

namespace EcrCi.Action.Steps;

/// <summary>
/// The main step: check every input and the runner's files, log in (assuming the role first
/// when one is given; events held back), mask the credentials first, then write the log,
/// outputs, state, environment and summary.
/// </summary>
internal static class MainStep
{
    /// <summary>What a container action cannot see of the runner host, and the fixes.</summary>
    public const string ContainerAdvice =
        "This action runs in a container, which does not see the runner host's instance profile (IMDSv2 with hop limit 1), IRSA or EKS Pod Identity files and variables, or ~/.aws: " +
        "set role-to-assume (with 'permissions: id-token: write'), run a credentials step such as aws-actions/configure-aws-credentials before this one, " +
        "or pass the AWS_* variables through the step's env:.";

    /// <summary>Runs the step; errors are left to the caller, which ends the step with them.</summary>
    public static async Task RunAsync(ActionEnvironment environment, WorkflowCommandWriter commands, CancellationToken cancellationToken)
    {
        var inputs = ActionInputs.Parse(environment);
        foreach (var warning in inputs.Warnings)
        {
            commands.Warning(warning);
        }

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
            // Every secret the core obtains (role keys, session token, OIDC token) is masked the
            // moment it arrives, so a failure after STS cannot print one unmasked.
            var options = inputs.ToOptions(environment, log, export?.Folder) with { SecretObserved = commands.AddMask };
            result = await EcrAuth.LoginAsync(options, cancellationToken);
            Mask(commands.AddMask, result, inputs.MaskPassword);
        }
        catch (EcrLoginException e) when (e.Kind == EcrErrorKind.NoCredentials && inputs.RoleToAssume is null)
        {
            throw new EcrLoginException(e.Kind, $"{e.Message} {ContainerAdvice}", e) { Option = e.Option, Redaction = e.Redaction };
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
    private static void Mask(Action<string> mask, EcrAuthResult result, bool maskPassword)
    {
        if (result.AssumedRole is { } role)
        {
            mask(role.SecretAccessKey.Reveal());
            mask(role.SessionToken.Reveal());
            mask(role.AccessKeyId);
        }

        foreach (var token in result.Tokens)
        {
            var password = token.Password.Reveal();
            if (maskPassword)
            {
                mask(password);
            }

            mask(DockerAuth.Encode(token.Username, password));
        }
    }
}
