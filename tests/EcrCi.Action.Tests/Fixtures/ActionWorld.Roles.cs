using EcrCi.Action.Tests.Simulation;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>
/// The identity side of the world: two IAM roles in the first account, one whose trust policy
/// accepts this repository's OIDC tokens (<c>sub</c> = <c>repo:org/app:...</c>) and one that
/// accepts another repository's only, and jobs that log in with nothing but a role ARN.
/// </summary>
public sealed partial class ActionWorld
{
    /// <summary>A role whose trust policy accepts the jobs' repository, org/app.</summary>
    public const string TrustedRole = $"arn:aws:iam::{FirstAccount}:role/ecr-login-action";

    /// <summary>A role whose trust policy accepts org/other only.</summary>
    public const string OtherRepositoryRole = $"arn:aws:iam::{FirstAccount}:role/other-repository-only";

    /// <summary>The role session name the action derives for a job that gives none.</summary>
    internal static string DefaultSessionName(SimulatedJob job) => $"ecr-login-{job.RepositoryName.Replace('/', '-')}-{job.RunId}";

    /// <summary>
    /// A job with <c>id-token: write</c> and no AWS credentials at all (no keys, no profile, an
    /// empty HOME, instance metadata off): <c>role-to-assume</c> and <c>aws-region</c> are its
    /// only AWS inputs; the endpoints are the standard variables, over plain HTTP.
    /// </summary>
    internal SimulatedJob NewRoleJob(params string[] registries)
    {
        var job = new SimulatedJob { IdTokenRequest = (Emulator.OidcRequestUrl, Emulator.OidcRequestToken) };
        job.Env["AWS_ENDPOINT_URL_ECR"] = Emulator.Endpoint.ToString();
        job.Env["AWS_ENDPOINT_URL_STS"] = Emulator.StsEndpoint.ToString();
        job.Env["AWS_EC2_METADATA_DISABLED"] = "true";
        job.With["role-to-assume"] = TrustedRole;
        job.With["aws-region"] = Region;
        if (registries.Length > 0)
        {
            job.With["registries"] = string.Join(',', registries);
        }

        return job;
    }

    /// <summary>The same job with the OIDC, STS and ECR endpoints over HTTPS (for a separate process only).</summary>
    internal SimulatedJob NewTlsRoleJob(params string[] registries)
    {
        var job = NewRoleJob(registries);
        var secure = Emulator.TlsEndpoint!;
        job.IdTokenRequest = (new Uri(secure, Emulator.OidcRequestUrl.PathAndQuery), Emulator.OidcRequestToken);
        job.Env["AWS_ENDPOINT_URL_STS"] = new Uri(secure, Emulator.StsEndpoint.AbsolutePath).ToString();
        job.Env["AWS_ENDPOINT_URL_ECR"] = secure.ToString();
        job.Env["SSL_CERT_FILE"] = TrustBundle;
        return job;
    }

    private void TrustRoles()
    {
        Emulator.TrustRole(TrustedRole, "repo:org/app:");
        Emulator.TrustRole(OtherRepositoryRole, "repo:org/other:");
    }
}
