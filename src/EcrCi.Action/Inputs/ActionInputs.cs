using EcrCi.Action.Runner;
using EcrCi.Errors;
using EcrCi.Logging;

namespace EcrCi.Action.Inputs;

/// <summary>
/// The main step's inputs: a superset of <c>aws-actions/amazon-ecr-login</c> v2, so that changing
/// the <c>uses:</c> line migrates. Each input is read in its own format (YAML booleans, seconds)
/// and mapped onto the core's options; an empty input stays unset, so the core's default and the
/// AWS environment apply. The core checks every value (and names the input through
/// <see cref="InputNames.ForOption"/>); only what is the Action's own is checked here.
/// </summary>
/// <param name="Options">The core's options for these inputs (without logger, environment or Docker config).</param>
/// <param name="MaskPassword">Whether the password outputs are masked.</param>
/// <param name="SkipLogout">Whether the post step leaves the client logged in.</param>
/// <param name="ExportDockerConfig">Whether later host steps get the login through <c>DOCKER_CONFIG</c>.</param>
/// <param name="OutputCredentials">Whether an assumed role's temporary credentials become (masked) outputs.</param>
internal sealed record ActionInputs(EcrAuthOptions Options, bool MaskPassword, bool SkipLogout, bool ExportDockerConfig, bool OutputCredentials)
{
    /// <summary>What the inputs asked for that the step does differently, as amazon-ecr-login does, for the step to warn about.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The role assumed with the job's OIDC token, or null.</summary>
    public string? RoleToAssume => Options.RoleToAssume;

    /// <summary>Reads every input.</summary>
    /// <exception cref="EcrLoginException">An input is not in its format; the message names it and what it accepts.</exception>
    public static ActionInputs Parse(ActionEnvironment environment)
    {
        var read = new InputReader(environment);
        var options = new EcrAuthOptions
        {
            FrontEnd = "action",
            Registries = SplitList(read.Text(InputNames.Registries)),
            Public = read.Choice(InputNames.RegistryType, "private", "private", "public") == "public",
            Region = ParseRegion(read),
            Proxy = read.Url(InputNames.HttpProxy),
            ContainerClient = read.Text(InputNames.ContainerClient),
            RetryAttempts = read.WholeNumber(InputNames.RetryAttempts),
            RetryMode = read.RetryMode(InputNames.RetryMode),
            AttemptTimeout = read.Seconds(InputNames.AttemptTimeoutSeconds),
            RetryDeadline = read.Seconds(InputNames.TimeoutSeconds),
            LoginTimeout = read.Seconds(InputNames.LoginTimeoutSeconds),
            RoleToAssume = read.Text(InputNames.RoleToAssume),
            RoleSessionName = read.Text(InputNames.RoleSessionName),
            RoleDuration = read.WholeNumber(InputNames.RoleDurationSeconds) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Audience = read.Text(InputNames.Audience),
            WebIdentityTokenFile = read.Text(InputNames.WebIdentityTokenFile),
            RoleChaining = read.OptionalBoolean(InputNames.RoleChaining),
            RoleExternalId = read.Text(InputNames.RoleExternalId),
            InlineSessionPolicy = read.Text(InputNames.InlineSessionPolicy),
            ManagedSessionPolicies = SplitOptionalList(read.Text(InputNames.ManagedSessionPolicies)),
            AllowedAccountIds = SplitOptionalList(read.Text(InputNames.AllowedAccountIds)),
        };
        var outputCredentials = read.Boolean(InputNames.OutputCredentials, false);
        if (outputCredentials && options.RoleToAssume is null)
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The input '{InputNames.OutputCredentials}' applies only to a role assumed with '{InputNames.RoleToAssume}', which is empty: set '{InputNames.RoleToAssume}' to the role's ARN, or drop '{InputNames.OutputCredentials}'.");
        }

        var warnings = new List<string>();
        if (options.Public && options.Registries.Count > 0)
        {
            // amazon-ecr-login ignores registries for ECR Public; a drop-in does the same, out loud.
            warnings.Add($"The input '{InputNames.Registries}' is ignored with '{InputNames.RegistryType}: public' (ECR Public has one registry, public.ecr.aws), as amazon-ecr-login ignores it: drop it, or run a second step with '{InputNames.RegistryType}: private' for those registries.");
            options = options with { Registries = [] };
        }

        return new ActionInputs(
            options,
            read.Boolean(InputNames.MaskPassword, true),
            read.Boolean(InputNames.SkipLogout, false),
            read.Boolean(InputNames.ExportDockerConfig, false),
            outputCredentials)
        {
            Warnings = warnings,
        };
    }

    /// <summary>The core's options for these inputs, with the step's logger, variables and Docker config folder.</summary>
    public EcrAuthOptions ToOptions(ActionEnvironment environment, IEcrLogger logger, string? dockerConfig) => Options with
    {
        DockerConfig = dockerConfig,
        Logger = logger,
        EnvironmentVariables = environment.Lookup,
    };

    /// <summary>Splits a comma- or newline-separated list, trimming entries and dropping empty ones.</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        (value ?? string.Empty).Split([',', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Like <see cref="SplitList"/>, but null when no entry is left, so that the core's default applies.</summary>
    public static IReadOnlyList<string>? SplitOptionalList(string? value) => SplitList(value) is { Count: > 0 } list ? list : null;

    /// <summary><c>region</c>, or its alias <c>aws-region</c>; both may be given only with the same value.</summary>
    private static string? ParseRegion(InputReader read)
    {
        var region = read.Text(InputNames.Region);
        var alias = read.Text(InputNames.AwsRegion);
        if (region is not null && alias is not null && !string.Equals(region, alias, StringComparison.Ordinal))
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The inputs '{InputNames.Region}' ({region}) and '{InputNames.AwsRegion}' ({alias}) disagree: '{InputNames.AwsRegion}' is another name for '{InputNames.Region}', so give one of them (or the same region in both).");
        }

        return region ?? alias;
    }
}
