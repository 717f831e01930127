using Amazon.Runtime;
using EcrCi.Logging;

namespace EcrCi;

/// <summary>
/// What to log in to and how: the one option model that every front end maps its own names
/// onto. Every setting is optional. An unset (null) setting is resolved by the core, always in
/// the same order: this option, then the standard environment variable, then the AWS profile,
/// then the core's default (see <c>README.md</c>, "Precedence"). Values are checked before any
/// network call; a bad one fails with an <see cref="Errors.EcrLoginException"/> whose
/// <see cref="Errors.EcrLoginException.Option"/> names the setting.
/// </summary>
public sealed record EcrAuthOptions
{
    /// <summary>Registries as 12-digit account ids, registry hosts or URLs; empty means the caller's own account (or ECR Public with <see cref="Public"/>).</summary>
    public IReadOnlyList<string> Registries { get; init; } = [];

    /// <summary>The region for registries given by account id (and for STS); null reads AWS_REGION, AWS_DEFAULT_REGION, then the profile.</summary>
    public string? Region { get; init; }

    /// <summary>Log in to ECR Public (<c>public.ecr.aws</c>) when no registries are given.</summary>
    public bool Public { get; init; }

    /// <summary>The AWS profile to take credentials (and a region) from; null uses the default chain (AWS_PROFILE included).</summary>
    public string? Profile { get; init; }

    /// <summary>Credentials to use instead of the default chain.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>An IAM role to assume with a web identity token (<c>arn:aws:iam::123456789012:role/ci</c>); its temporary credentials serve the ECR calls only.</summary>
    public string? RoleToAssume { get; init; }

    /// <summary>The web identity token file for <see cref="RoleToAssume"/>; null reads AWS_WEB_IDENTITY_TOKEN_FILE, else asks the CI system's OIDC provider (GitHub Actions).</summary>
    public string? WebIdentityTokenFile { get; init; }

    /// <summary>The audience of an OIDC token requested from the CI system; null means <c>sts.amazonaws.com</c>.</summary>
    public string? Audience { get; init; }

    /// <summary>The role session name (2 to 64 of letters, digits and <c>+=,.@_-</c>); null reads AWS_ROLE_SESSION_NAME, else derives one from the CI run.</summary>
    public string? RoleSessionName { get; init; }

    /// <summary>How long the role's credentials live, 15 minutes to 12 hours; null means one hour.</summary>
    public TimeSpan? RoleDuration { get; init; }

    /// <summary>
    /// Assume <see cref="RoleToAssume"/> with the credentials at hand (<c>sts:AssumeRole</c>) instead of
    /// a web identity token, so that a second role can follow a first; null means false.
    /// </summary>
    public bool? RoleChaining { get; init; }

    /// <summary>The external id the role's trust policy requires (2 to 1224 of letters, digits and <c>+=,.@:/-</c>); null sends none.</summary>
    public string? RoleExternalId { get; init; }

    /// <summary>An inline session policy (a JSON policy document) that narrows the role's permissions for this session; null sends none.</summary>
    public string? InlineSessionPolicy { get; init; }

    /// <summary>ARNs of managed policies (at most 10) that narrow the role's permissions for this session; null sends none.</summary>
    public IReadOnlyList<string>? ManagedSessionPolicies { get; init; }

    /// <summary>The accounts the credentials may belong to (12-digit ids); credentials of any other account are refused before any token call. Null allows every account.</summary>
    public IReadOnlyList<string>? AllowedAccountIds { get; init; }

    /// <summary>An ECR API endpoint to use instead of the standard one; null reads AWS_ENDPOINT_URL_ECR (AWS_ENDPOINT_URL_ECR_PUBLIC for ECR Public), then AWS_ENDPOINT_URL.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Use FIPS endpoints; null reads AWS_USE_FIPS_ENDPOINT, then the profile's <c>use_fips_endpoint</c>, else false.</summary>
    public bool? UseFips { get; init; }

    /// <summary>Use dual-stack endpoints; null reads AWS_USE_DUALSTACK_ENDPOINT, then the profile's <c>use_dualstack_endpoint</c>, else false.</summary>
    public bool? UseDualStack { get; init; }

    /// <summary>An HTTP proxy for the AWS calls; null reads HTTPS_PROXY, HTTP_PROXY, ALL_PROXY and NO_PROXY.</summary>
    public Uri? Proxy { get; init; }

    /// <summary>The container client: <c>docker</c>, <c>podman</c>, <c>nerdctl</c> or <c>finch</c> (any casing); null takes the first one on PATH.</summary>
    public string? ContainerClient { get; init; }

    /// <summary>The container client's executable; null reads DOCKER_EXE (for docker), then searches PATH.</summary>
    public string? ContainerClientPath { get; init; }

    /// <summary>The Docker config folder logins are written to; null reads DOCKER_CONFIG, else <c>~/.docker</c>.</summary>
    public string? DockerConfig { get; init; }

    /// <summary>How long one container-client login may take; null means 60 seconds.</summary>
    public TimeSpan? LoginTimeout { get; init; }

    /// <summary>
    /// Attempts of each AWS call in all, the first included (1 to 20); null reads AWS_MAX_ATTEMPTS,
    /// then the profile's <c>max_attempts</c>. Set from any of them, the cap holds for every error;
    /// unset, throttling is retried until <see cref="RetryDeadline"/> and other transient errors 5 times.
    /// </summary>
    public int? RetryAttempts { get; init; }

    /// <summary>
    /// Who is calling, for the User-Agent of every AWS call (<c>action</c>, <c>cli</c>, <c>nuke</c>,
    /// <c>cake</c>); each front end supplies its own, a library user may name theirs; null means <c>library</c>.
    /// </summary>
    public string? FrontEnd { get; init; }

    /// <summary>AWS's retry mode; null reads AWS_RETRY_MODE, then the profile's <c>retry_mode</c>, else <see cref="EcrCi.RetryMode.Standard"/>.</summary>
    public RetryMode? RetryMode { get; init; }

    /// <summary>The first backoff delay between token-call attempts (it doubles per retry, with jitter); null means 200 ms.</summary>
    public TimeSpan? RetryBaseDelay { get; init; }

    /// <summary>The longest single backoff delay; null means 10 seconds.</summary>
    public TimeSpan? RetryMaxDelay { get; init; }

    /// <summary>How long one token-call attempt may take; null means 15 seconds.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>How long all token-call attempts together may take; null means 60 seconds, or the attempt timeout when that is longer.</summary>
    public TimeSpan? RetryDeadline { get; init; }

    /// <summary>
    /// Reuse tokens from the shared token cache (a file readable by its owner only) until a
    /// refresh margin before they expire, and skip the client login when its config already
    /// holds them; null means off.
    /// </summary>
    public bool? TokenCache { get; init; }

    /// <summary>The token cache folder; null reads ECR_LOGIN_CACHE_DIR, else the user's cache folder (<c>%LOCALAPPDATA%\ecr-login</c>, <c>$XDG_CACHE_HOME/ecr-login</c> or <c>~/.cache/ecr-login</c>).</summary>
    public string? TokenCacheDirectory { get; init; }

    /// <summary>How long before its expiry a cached token is replaced; null reads ECR_LOGIN_CACHE_REFRESH_MARGIN, else half the token's life.</summary>
    public TimeSpan? TokenCacheRefreshMargin { get; init; }

    /// <summary>Receives structured, redacted log events; null logs nothing.</summary>
    public IEcrLogger? Logger { get; init; }

    /// <summary>Looks up environment variables (a host's own view of them, such as Cake's); null reads the process's.</summary>
    public Func<string, string?>? EnvironmentVariables { get; init; }

    /// <summary>The clock of the token cache (a fake one in tests).</summary>
    internal TimeProvider? Clock { get; init; }

    /// <summary>
    /// Told every credential secret the operation obtains (role and source keys, session tokens,
    /// identity tokens) the moment it has it, before any further call: the Action masks them
    /// there, so a later failure cannot print one unmasked. Registry tokens are the caller's to
    /// mask (from the result), and keys the user gave are not announced.
    /// </summary>
    internal Action<string>? SecretObserved { get; init; }
}
