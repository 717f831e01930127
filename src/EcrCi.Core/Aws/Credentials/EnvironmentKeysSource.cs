using EcrCi.Errors;

namespace EcrCi.Aws.Credentials;

/// <summary><c>AWS_ACCESS_KEY_ID</c> and <c>AWS_SECRET_ACCESS_KEY</c>, with <c>AWS_SESSION_TOKEN</c> for temporary keys.</summary>
internal sealed class EnvironmentKeysSource : CredentialSource
{
    public override string Name => "environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)";

    public override Task<ResolvedCredentials?> TryResolveAsync(CredentialContext context, Action<string> absent, CancellationToken cancellationToken) =>
        Task.FromResult(Resolve(context, absent));

    /// <summary>The keys, or null when neither is set; one without the other is an error.</summary>
    public static ResolvedCredentials? Resolve(CredentialContext context, Action<string> absent)
    {
        var environment = context.Environment;
        var accessKey = environment.Get("AWS_ACCESS_KEY_ID");
        var secretKey = environment.Get("AWS_SECRET_ACCESS_KEY") ?? environment.Get("AWS_SECRET_KEY");
        if (accessKey is null && secretKey is null)
        {
            absent("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set");
            return null;
        }

        if (accessKey is null || secretKey is null)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials,
                $"{(accessKey is null ? "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not" : "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")}: set both (and AWS_SESSION_TOKEN for temporary keys), or unset both to use another source.");
        }

        return context.Keys(accessKey, secretKey, environment.Get("AWS_SESSION_TOKEN"), "environment variables", obtained: false);
    }
}
