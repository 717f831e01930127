using Amazon.Runtime;
using EcrCi.Errors;

namespace EcrCi.Aws.Credentials;

/// <summary>
/// Finds credentials in the order of the AWS SDKs' default chain: environment variables, the
/// profile (AWS_PROFILE or default), web identity (IRSA), container credentials (ECS, EKS Pod
/// Identity), EC2 instance metadata. The first source that is configured decides: its
/// credentials, or its failure, named with the reason. When none is, the error lists each
/// source and why it was not used. Explicit credentials or an explicit profile skip the chain.
/// </summary>
internal static class CredentialChain
{
    private static readonly CredentialSource[] Sources =
    [
        new EnvironmentKeysSource(),
        new ProfileSource(),
        new WebIdentityEnvironmentSource(),
        new ContainerCredentialsSource(),
        new InstanceMetadataSource(),
    ];

    public static async Task<ResolvedCredentials> ResolveAsync(CredentialContext context, AWSCredentials? explicitCredentials, string? profileName, CancellationToken cancellationToken)
    {
        if (explicitCredentials is not null)
        {
            return await FromExplicitAsync(context, explicitCredentials);
        }

        if (profileName is not null)
        {
            return await ProfileCredentials.ResolveAsync(context, profileName, [], cancellationToken);
        }

        var reasons = new List<string>();
        foreach (var source in Sources)
        {
            string? why = null;
            if (await source.TryResolveAsync(context, reason => why = reason, cancellationToken) is { } found)
            {
                return found;
            }

            reasons.Add($"- {source.Name}: {why}");
        }

        throw new EcrLoginException(EcrErrorKind.NoCredentials,
            $"No AWS credentials were found. Sources tried, in order:{Environment.NewLine}{string.Join(Environment.NewLine, reasons)}{Environment.NewLine}{context.Host.NoCredentialsAdvice}");
    }

    private static async Task<ResolvedCredentials> FromExplicitAsync(CredentialContext context, AWSCredentials credentials)
    {
        ImmutableCredentials current;
        try
        {
            current = await credentials.GetCredentialsAsync();
        }
        catch (Exception e) when (e is AmazonClientException or InvalidOperationException)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The AWS credentials that were given could not be obtained: {context.Log.Redactor.Redact(e.Message)}", e);
        }

        if (current is not { AccessKey.Length: > 0, SecretKey.Length: > 0 })
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, "The AWS credentials that were given are empty: give an access key id and a secret key.");
        }

        context.Keys(current.AccessKey, current.SecretKey, current.Token, "explicit keys", obtained: false);
        return new ResolvedCredentials(credentials, current, "explicit keys");
    }
}
