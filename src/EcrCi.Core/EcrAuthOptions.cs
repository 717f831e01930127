using Amazon.Runtime;
using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Clients;
using EcrCi.Logging;
using EcrCi.Tokens;

namespace EcrCi;

/// <summary>What to log in to and how. Every front end maps its own settings onto this.</summary>
public sealed record EcrAuthOptions
{
    /// <summary>Registries as 12-digit account ids, registry hosts or URLs; empty means the caller's own account (or ECR Public with <see cref="Public"/>).</summary>
    public IReadOnlyList<string> Registries { get; init; } = [];

    /// <summary>The region for registries given by account id; null reads AWS_REGION, AWS_DEFAULT_REGION, then the profile.</summary>
    public string? Region { get; init; }

    /// <summary>Log in to ECR Public (<c>public.ecr.aws</c>) when no registries are given.</summary>
    public bool Public { get; init; }

    /// <summary>The AWS profile to take credentials (and a region) from; null uses the default chain.</summary>
    public string? Profile { get; init; }

    /// <summary>Credentials to use instead of the default chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>A role to assume with a web identity token; its temporary credentials serve the ECR calls only.</summary>
    public RoleAssumption? AssumeRole { get; init; }

    /// <summary>An ECR API endpoint to use instead of the standard one (as AWS_ENDPOINT_URL_ECR does).</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Use FIPS endpoints; null reads AWS_USE_FIPS_ENDPOINT.</summary>
    public bool? UseFips { get; init; }

    /// <summary>Use dual-stack endpoints; null reads AWS_USE_DUALSTACK_ENDPOINT.</summary>
    public bool? UseDualStack { get; init; }

    /// <summary>An HTTP proxy for the AWS calls; null uses HTTPS_PROXY / HTTP_PROXY / NO_PROXY.</summary>
    public Uri? Proxy { get; init; }

    /// <summary>The container client; null picks the first of docker, podman, nerdctl, finch on PATH.</summary>
    public ContainerClientKind? ContainerClient { get; init; }

    /// <summary>The container client's executable path; null searches DOCKER_EXE (for docker) and PATH.</summary>
    public string? ContainerClientPath { get; init; }

    /// <summary>The Docker config folder to write logins to; null uses DOCKER_CONFIG or ~/.docker.</summary>
    public string? DockerConfig { get; init; }

    /// <summary>How long one container-client login may take.</summary>
    public TimeSpan LoginTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries and timeouts of the token calls.</summary>
    public RetrySettings Retry { get; init; } = RetrySettings.Default;

    /// <summary>Receives structured, redacted log events.</summary>
    public IEcrLogger? Logger { get; init; }

    /// <summary>The environment variables to read; null reads the process's.</summary>
    public AwsEnvironment? Environment { get; init; }

    /// <summary>
    /// The shared token cache; null (the default) turns it off. With it, a fresh cached token
    /// is reused instead of calling ECR, and a login whose Docker config already holds the
    /// cached credential skips the container client.
    /// </summary>
    public TokenCacheOptions? TokenCache { get; init; }
}
