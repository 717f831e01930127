using EcrCi.Action.Runner;
using EcrCi.Clients;
using EcrCi.Errors;
using EcrCi.Logging;
using EcrCi.Registries;
using EcrCi.Tokens;

namespace EcrCi.Action.Inputs;

/// <summary>
/// The main step's inputs, parsed and checked before any network call. A superset of
/// <c>aws-actions/amazon-ecr-login</c> v2, so that changing the <c>uses:</c> line migrates.
/// </summary>
/// <param name="Registries">Account ids, registry hosts or URLs; empty for the caller's own registry (or ECR Public).</param>
/// <param name="Public">True for <c>registry-type: public</c>.</param>
/// <param name="Region">The region (<c>region</c> or <c>aws-region</c>) for registries given by account id and for STS, or null for the AWS environment's.</param>
/// <param name="MaskPassword">Whether the password outputs are masked.</param>
/// <param name="SkipLogout">Whether the post step leaves the client logged in.</param>
/// <param name="HttpProxy">The proxy for the AWS calls, or null for HTTPS_PROXY and friends.</param>
/// <param name="ContainerClient">The client to log in, or null for the first one on PATH.</param>
/// <param name="Retry">Retries and timeouts of the token calls.</param>
/// <param name="ExportDockerConfig">Whether later host steps get the login through <c>DOCKER_CONFIG</c>.</param>
/// <param name="Role">The role to assume with the job's GitHub OIDC token, or null to use the AWS environment's credentials.</param>
internal sealed record ActionInputs(
    IReadOnlyList<string> Registries,
    bool Public,
    string? Region,
    bool MaskPassword,
    bool SkipLogout,
    Uri? HttpProxy,
    ContainerClientKind? ContainerClient,
    RetrySettings Retry,
    bool ExportDockerConfig,
    RoleInputs? Role)
{
    /// <summary>Reads and checks every input.</summary>
    /// <exception cref="EcrLoginException">An input is not valid; the message names it and what it accepts.</exception>
    public static ActionInputs Parse(ActionEnvironment environment)
    {
        var read = new InputReader(environment);
        var registries = SplitList(read.Text(InputNames.Registries));
        foreach (var registry in registries)
        {
            RegistryReference.Parse(registry);
        }

        var isPublic = read.Choice(InputNames.RegistryType, "private", "private", "public") == "public";
        var region = ParseRegion(read);
        return new ActionInputs(
            registries,
            isPublic,
            region,
            read.Boolean(InputNames.MaskPassword, true),
            read.Boolean(InputNames.SkipLogout, false),
            read.Url(InputNames.HttpProxy),
            ParseClient(read),
            ParseRetry(read),
            read.Boolean(InputNames.ExportDockerConfig, false),
            RoleInputs.Parse(read));
    }

    /// <summary>The core's options for these inputs.</summary>
    public EcrAuthOptions ToOptions(ActionEnvironment environment, IEcrLogger logger, string? dockerConfig) => new()
    {
        Registries = Registries,
        Public = Public,
        Region = Region,
        Proxy = HttpProxy,
        ContainerClient = ContainerClient,
        DockerConfig = dockerConfig,
        Retry = Retry,
        Logger = logger,
        Environment = environment.Aws,
        AssumeRole = Role?.ToAssumption(),
    };

    /// <summary>Splits a comma- or newline-separated list, trimming entries and dropping empty ones.</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        (value ?? string.Empty).Split([',', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary><c>region</c>, or its alias <c>aws-region</c>; both may be given only with the same value.</summary>
    private static string? ParseRegion(InputReader read)
    {
        var region = read.Text(InputNames.Region);
        var alias = read.Text(InputNames.AwsRegion);
        foreach (var value in new[] { region, alias }.OfType<string>())
        {
            RegionName.Validate(value);
        }

        if (region is not null && alias is not null && !string.Equals(region, alias, StringComparison.Ordinal))
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The inputs '{InputNames.Region}' ({region}) and '{InputNames.AwsRegion}' ({alias}) disagree: '{InputNames.AwsRegion}' is another name for '{InputNames.Region}', so give one of them (or the same region in both).");
        }

        return region ?? alias;
    }

    private static ContainerClientKind? ParseClient(InputReader read)
    {
        var value = read.Text(InputNames.ContainerClient);
        try
        {
            return value is null ? null : ContainerClientKinds.Parse(value);
        }
        catch (EcrLoginException)
        {
            throw InputReader.Invalid(InputNames.ContainerClient, value!, "docker, podman, nerdctl or finch");
        }
    }

    private static RetrySettings ParseRetry(InputReader read)
    {
        var defaults = RetrySettings.Default;
        var attempts = read.WholeNumber(InputNames.RetryAttempts, 1, 20) ?? defaults.MaxAttempts;
        var attemptTimeout = read.Seconds(InputNames.AttemptTimeoutSeconds, 600) ?? defaults.AttemptTimeout;
        var deadline = read.Seconds(InputNames.TimeoutSeconds, 3600);
        if (deadline is { } total && total < attemptTimeout)
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The input '{InputNames.TimeoutSeconds}' ({total.TotalSeconds:0.###} s) is shorter than '{InputNames.AttemptTimeoutSeconds}' ({attemptTimeout.TotalSeconds:0.###} s): raise the first or lower the second.");
        }

        return defaults with
        {
            MaxAttempts = attempts,
            AttemptTimeout = attemptTimeout,
            Deadline = deadline ?? (attemptTimeout > defaults.Deadline ? attemptTimeout : defaults.Deadline),
        };
    }
}
