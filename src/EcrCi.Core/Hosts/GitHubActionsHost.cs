using EcrCi.Aws;

namespace EcrCi.Hosts;

/// <summary>
/// GitHub Actions: OIDC tokens from the runner's token service (jobs with
/// <c>permissions: id-token: write</c>), runs named by repository and run id, and the runner's
/// <c>ACTIONS_*</c> tokens and <c>INPUT_*</c> values kept from child processes.
/// </summary>
internal sealed class GitHubActionsHost(AwsEnvironment environment) : CiHost
{
    /// <summary>The issuer of GitHub's OIDC tokens, which a role's trust policy names.</summary>
    public const string Issuer = "token.actions.githubusercontent.com";

    public static bool IsPresent(AwsEnvironment environment) =>
        string.Equals(environment.Get("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)
        || environment.Get("ACTIONS_ID_TOKEN_REQUEST_URL") is not null
        || environment.Get("ACTIONS_RUNTIME_TOKEN") is not null;

    public override WebIdentityTokenSource OidcTokenSource(string audience) => new GitHubOidcTokenSource(audience);

    public override string? RunName() =>
        environment.Get("GITHUB_REPOSITORY") is { } repository
            ? $"{repository.Replace('/', '-')}-{environment.Get("GITHUB_RUN_ID") ?? "local"}"
            : null;

    public override bool IsSecretVariable(string name) =>
        name.StartsWith("ACTIONS_", StringComparison.Ordinal) || name.StartsWith("INPUT_", StringComparison.Ordinal);

    public override string RoleTrustAdvice =>
        $"The role's trust policy rejected the token: it must trust the OIDC provider {Issuer}, allow sts:AssumeRoleWithWebIdentity, and its {Issuer}:sub condition must match this workflow (repo:OWNER/REPO:ref:refs/heads/BRANCH, or repo:OWNER/REPO:environment:NAME for jobs with an environment).";

    public override string NoCredentialsAdvice => "Set one of them (in GitHub Actions, use OIDC with a role: role-to-assume).";
}
