namespace EcrCi.Clients;

/// <summary>
/// Which of this process's variables a container client (and any credential helper it starts)
/// must not inherit: AWS secrets and the tokens CI systems hand their jobs. What a client needs
/// stays: PATH, HOME, proxies, <c>DOCKER_*</c>, <c>REGISTRY_AUTH_FILE</c> and helper settings.
/// </summary>
internal static class ChildEnvironment
{
    /// <summary>Secret variables by exact name: AWS keys and tokens, and CI systems' job tokens.</summary>
    private static readonly HashSet<string> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        // AWS: keys, session tokens, web identity and container credential tokens.
        "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_WEB_IDENTITY_TOKEN_FILE",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "AWS_BEARER_TOKEN_BEDROCK",
        // GitHub Actions and the gh CLI.
        "GITHUB_TOKEN", "GH_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN",
        // GitLab CI.
        "CI_JOB_TOKEN", "CI_JOB_JWT", "CI_JOB_JWT_V1", "CI_JOB_JWT_V2", "CI_REGISTRY_PASSWORD", "CI_DEPLOY_PASSWORD", "CI_DEPENDENCY_PROXY_PASSWORD",
        // Azure Pipelines.
        "SYSTEM_ACCESSTOKEN", "SYSTEM_OIDCREQUESTURI",
        // Buildkite, CircleCI, Bitbucket Pipelines, Jenkins, TeamCity.
        "BUILDKITE_AGENT_ACCESS_TOKEN", "BUILDKITE_OIDC_TOKEN", "CIRCLE_OIDC_TOKEN", "CIRCLE_OIDC_TOKEN_V2", "CIRCLE_TOKEN",
        "BITBUCKET_STEP_OIDC_TOKEN", "JENKINS_API_TOKEN", "TEAMCITY_AUTH_TOKEN",
        // Package and registry publishing keys a build commonly carries.
        "NUGET_API_KEY", "NPM_TOKEN", "NODE_AUTH_TOKEN", "DOCKERHUB_TOKEN", "DOCKER_PASSWORD",
    };

    /// <summary>True when a child process must not inherit <paramref name="name"/>.</summary>
    /// <param name="name">A variable's name.</param>
    /// <param name="host">The CI host, which names its own runtime tokens and step inputs (GitHub's <c>ACTIONS_*</c>, <c>INPUT_*</c>).</param>
    public static bool IsWithheld(string name, Hosts.CiHost host) => Named.Contains(name) || host.IsSecretVariable(name);

    /// <summary>Removes every withheld variable from a child's environment.</summary>
    /// <param name="environment">The child's environment, as inherited.</param>
    /// <param name="host">The CI host.</param>
    public static void Scrub(IDictionary<string, string?> environment, Hosts.CiHost host)
    {
        foreach (var name in environment.Keys.Where(name => IsWithheld(name, host)).ToList())
        {
            environment.Remove(name);
        }
    }
}
