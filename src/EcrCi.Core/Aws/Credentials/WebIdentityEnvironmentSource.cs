using EcrCi.Errors;

namespace EcrCi.Aws.Credentials;

/// <summary>
/// Web identity from the environment, as IRSA sets it: <c>AWS_WEB_IDENTITY_TOKEN_FILE</c> and
/// <c>AWS_ROLE_ARN</c>, with <c>AWS_ROLE_SESSION_NAME</c> (else one derived from the run).
/// </summary>
internal sealed class WebIdentityEnvironmentSource : CredentialSource
{
    public override string Name => "web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN)";

    public override async Task<ResolvedCredentials?> TryResolveAsync(CredentialContext context, Action<string> absent, CancellationToken cancellationToken)
    {
        var environment = context.Environment;
        var file = environment.Get("AWS_WEB_IDENTITY_TOKEN_FILE");
        var roleArn = environment.Get("AWS_ROLE_ARN");
        if (file is null && roleArn is null)
        {
            absent("AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not set");
            return null;
        }

        if (file is null || roleArn is null)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials,
                $"{(file is null ? "AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE is not" : "AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not")}: web identity needs both (IRSA sets both on a pod whose service account names a role).");
        }

        var role = RoleHop.Build(roleArn, environment.Get("AWS_ROLE_SESSION_NAME"), null, context.Host, "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME", null);
        var source = WebIdentityTokenSource.FromFile(file);
        return await context.Sts.AssumeRoleWithWebIdentityAsync(
            role, token => source.GetTokenAsync(environment, context.Transport, token), $"web identity (AWS_WEB_IDENTITY_TOKEN_FILE, role {roleArn})", context.Host, cancellationToken);
    }
}
