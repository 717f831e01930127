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
/// <param name="Region">The region for registries given by account id, or null for the AWS environment's.</param>
/// <param name="MaskPassword">Whether the password outputs are masked.</param>
/// <param name="SkipLogout">Whether the post step leaves the client logged in.</param>
/// <param name="HttpProxy">The proxy for the AWS calls, or null for HTTPS_PROXY and friends.</param>
/// <param name="ContainerClient">The client to log in, or null for the first one on PATH.</param>
/// <param name="Retry">Retries and timeouts of the token calls.</param>
/// <param name="ExportDockerConfig">Whether later host steps get the login through <c>DOCKER_CONFIG</c>.</param>
internal sealed record ActionInputs(
    IReadOnlyList<string> Registries,
    bool Public,
    string? Region,
    bool MaskPassword,
    bool SkipLogout,
    Uri? HttpProxy,
    ContainerClientKind? ContainerClient,
    RetrySettings Retry,
    bool ExportDockerConfig)
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
        var region = read.Text(InputNames.Region);
        if (region is not null)
        {
            RegionName.Validate(region);
        }

        return new ActionInputs(
            registries,
            isPublic,
            region,
            read.Boolean(InputNames.MaskPassword, true),
            read.Boolean(InputNames.SkipLogout, false),
            read.Url(InputNames.HttpProxy),
            ParseClient(read),
            ParseRetry(read),
            read.Boolean(InputNames.ExportDockerConfig, false));
    }

    /// <summary>The core's options for these inputs.</summary>
    public EcrLoginOptions ToOptions(ActionEnvironment environment, IEcrLogger logger, string? dockerConfig) => new()
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
    };

    /// <summary>Splits a comma- or newline-separated list, trimming entries and dropping empty ones.</summary>
    public static IReadOnlyList<string> SplitList(string? value) =>
        (value ?? string.Empty).Split([',', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

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
