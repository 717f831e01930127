using Amazon.Runtime;
using Cake.Core.IO;
using EcrCi;

namespace Cake.EcrCi;

/// <summary>
/// What to log in to and how. Every property is optional: unset values come from the
/// environment Cake sees (<c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, <c>AWS_PROFILE</c>,
/// <c>AWS_ENDPOINT_URL_ECR</c>, <c>HTTPS_PROXY</c>, <c>DOCKER_CONFIG</c>, <c>DOCKER_EXE</c>, ...)
/// and AWS's default credential chain.
/// </summary>
public sealed class EcrLoginSettings
{
    /// <summary>
    /// Registries as 12-digit account ids (<c>123456789012</c>), registry hosts
    /// (<c>123456789012.dkr.ecr.eu-west-1.amazonaws.com</c>) or URLs; empty means the caller's
    /// own account (or ECR Public when <see cref="Public"/> is set).
    /// </summary>
    public IList<string> Registries { get; } = [];

    /// <summary>The region for registries given by account id; unset reads AWS_REGION, AWS_DEFAULT_REGION, then the profile.</summary>
    public string? Region { get; set; }

    /// <summary>Log in to ECR Public (<c>public.ecr.aws</c>) instead of a private registry.</summary>
    public bool Public { get; set; }

    /// <summary>The AWS profile to take credentials (and a region) from; unset uses the default chain (AWS_PROFILE included).</summary>
    public string? Profile { get; set; }

    /// <summary>Credentials to use instead of the default chain.</summary>
    public AWSCredentials? Credentials { get; set; }

    /// <summary>An IAM role to assume with a web identity token (<c>arn:aws:iam::123456789012:role/ci</c>); its temporary credentials serve the ECR calls only.</summary>
    public string? RoleToAssume { get; set; }

    /// <summary>The web identity token file for <see cref="RoleToAssume"/>; unset reads AWS_WEB_IDENTITY_TOKEN_FILE, else asks GitHub Actions' OIDC provider.</summary>
    public FilePath? WebIdentityTokenFile { get; set; }

    /// <summary>The role session name; unset derives one from the repository and run.</summary>
    public string? RoleSessionName { get; set; }

    /// <summary>How long the role's credentials live, 15 minutes to 12 hours (1 hour when unset).</summary>
    public TimeSpan? RoleDuration { get; set; }

    /// <summary>Assume <see cref="RoleToAssume"/> with the credentials at hand (<c>sts:AssumeRole</c>) instead of a web identity token, so that a second role follows a first; unset means false.</summary>
    public bool? RoleChaining { get; set; }

    /// <summary>The external id the role's trust policy requires (2 to 1224 of letters, digits and <c>+=,.@:/-</c>); unset sends none.</summary>
    public string? RoleExternalId { get; set; }

    /// <summary>An inline session policy (a JSON policy document, at most 2048 characters) that narrows the role's permissions; unset sends none.</summary>
    public string? InlineSessionPolicy { get; set; }

    /// <summary>ARNs of managed policies (at most 10) that narrow the role's permissions; empty sends none.</summary>
    public IList<string> ManagedSessionPolicies { get; } = [];

    /// <summary>The 12-digit accounts the credentials may belong to; credentials of any other account are refused before any token call. Empty allows every account.</summary>
    public IList<string> AllowedAccountIds { get; } = [];

    /// <summary>The ECR API endpoint to call instead of the standard one; unset reads AWS_ENDPOINT_URL_ECR (AWS_ENDPOINT_URL_ECR_PUBLIC for ECR Public).</summary>
    public Uri? EndpointUrl { get; set; }

    /// <summary>Use FIPS endpoints; unset reads AWS_USE_FIPS_ENDPOINT.</summary>
    public bool? UseFips { get; set; }

    /// <summary>Use dual-stack endpoints; unset reads AWS_USE_DUALSTACK_ENDPOINT.</summary>
    public bool? UseDualStack { get; set; }

    /// <summary>An HTTP proxy for the AWS calls; unset reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY.</summary>
    public Uri? Proxy { get; set; }

    /// <summary>The container client: <c>docker</c>, <c>podman</c>, <c>nerdctl</c> or <c>finch</c>; unset takes the first one on PATH.</summary>
    public string? ContainerClient { get; set; }

    /// <summary>
    /// The container client's executable (relative to the working directory), as Cake's tool
    /// settings name it; unset reads DOCKER_EXE for docker, then Cake's tool locator (a
    /// <c>#tool</c>, a registered file, the tools folder, PATH).
    /// </summary>
    public FilePath? ToolPath { get; set; }

    /// <summary>The same as <see cref="ToolPath"/> (its older name); <see cref="ToolPath"/> wins when both are set.</summary>
    public FilePath? ContainerClientPath { get; set; }

    /// <summary>The Docker config folder the login is written to (relative to the working directory); unset reads DOCKER_CONFIG, then <c>~/.docker</c>.</summary>
    public DirectoryPath? DockerConfig { get; set; }

    /// <summary>How long one container-client login may take (60 seconds when unset).</summary>
    public TimeSpan? LoginTimeout { get; set; }

    /// <summary>
    /// Attempts of each AWS call in all, the first included (1 to 20); a cap that holds for every
    /// error, throttling included. Unset reads AWS_MAX_ATTEMPTS, then the profile's
    /// <c>max_attempts</c>; unset there too, throttling is retried until <see cref="RetryDeadline"/>
    /// and other transient errors up to 5 attempts.
    /// </summary>
    public int? RetryAttempts { get; set; }

    /// <summary>AWS's retry mode (<c>RetryMode.Legacy</c>, <c>Standard</c> or <c>Adaptive</c>); unset reads AWS_RETRY_MODE, then the profile's <c>retry_mode</c>, else standard.</summary>
    public RetryMode? RetryMode { get; set; }

    /// <summary>The first backoff delay between token-call attempts; it doubles per retry, with jitter (200 ms when unset).</summary>
    public TimeSpan? RetryBaseDelay { get; set; }

    /// <summary>The longest single backoff delay (10 seconds when unset).</summary>
    public TimeSpan? RetryMaxDelay { get; set; }

    /// <summary>How long one token-call attempt may take (15 seconds when unset).</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>How long all token-call attempts together may take (60 seconds when unset).</summary>
    public TimeSpan? RetryDeadline { get; set; }

    /// <summary>
    /// Reuse tokens from the cache that the <c>ecr-login</c> tool shares (a file readable by its
    /// owner only) until half their life, and skip the client login when its config already holds
    /// them. Off by default.
    /// </summary>
    public bool TokenCache { get; set; }

    /// <summary>The token cache folder (relative to the working directory); unset reads ECR_LOGIN_CACHE_DIR, then the user's cache folder.</summary>
    public DirectoryPath? TokenCacheDirectory { get; set; }

    /// <summary>How long before its expiry a cached token is replaced; unset reads ECR_LOGIN_CACHE_REFRESH_MARGIN, else half the token's life.</summary>
    public TimeSpan? TokenCacheRefreshMargin { get; set; }
}
