using EcrCi.Aws;

namespace EcrCi.Hosts;

/// <summary>
/// What the core knows of the CI system it runs in, in one seam: where a web identity token
/// comes from when none is configured, what to name a role session, which of the host's
/// variables a container client must not inherit, and the advice that fits the host's way of
/// trusting roles. The login flow asks this seam and names no CI system itself.
/// </summary>
internal abstract class CiHost
{
    /// <summary>The host the environment describes: GitHub Actions, else a machine with no known CI system.</summary>
    public static CiHost Detect(AwsEnvironment environment) =>
        GitHubActionsHost.IsPresent(environment) ? new GitHubActionsHost(environment) : GenericHost.Instance;

    /// <summary>
    /// The host that issued a web identity token, read from its (unverified) <c>iss</c> claim, so
    /// that advice fits the token even when it was handed over as a file; else <paramref name="fallback"/>.
    /// </summary>
    public static CiHost IssuerOf(string token, CiHost fallback) =>
        TokenIssuer.Read(token) is { } issuer && issuer.Contains(GitHubActionsHost.Issuer, StringComparison.OrdinalIgnoreCase)
            ? new GitHubActionsHost(AwsEnvironment.Process)
            : fallback;

    /// <summary>The source of an OIDC token for <paramref name="audience"/>, or null when the host has none.</summary>
    public virtual WebIdentityTokenSource? OidcTokenSource(string audience) => null;

    /// <summary>A role session name that identifies this run (it is cleaned and shortened later), or null.</summary>
    public virtual string? RunName() => null;

    /// <summary>True for a host variable that holds or grants a secret (a child process must not inherit it).</summary>
    public virtual bool IsSecretVariable(string name) => false;

    /// <summary>What to check when STS refuses a web identity token for a role.</summary>
    public virtual string RoleTrustAdvice =>
        "The role's trust policy rejected the token: it must trust the token's issuer (an IAM OIDC provider), allow sts:AssumeRoleWithWebIdentity, and its conditions (aud, sub) must match the token's claims.";

    /// <summary>What to do when no credential source is configured at all.</summary>
    public virtual string NoCredentialsAdvice => "Set one of them.";

    /// <summary>What to do when a role is to be assumed but no web identity token is configured.</summary>
    public virtual string MissingTokenAdvice =>
        "give a web identity token file (the WebIdentityTokenFile setting or AWS_WEB_IDENTITY_TOKEN_FILE), or run where the CI system issues OIDC tokens (GitHub Actions with 'permissions: id-token: write')";

    private sealed class GenericHost : CiHost
    {
        public static GenericHost Instance { get; } = new();
    }
}
