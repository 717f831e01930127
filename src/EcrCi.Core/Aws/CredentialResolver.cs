using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using EcrCi.Errors;

namespace EcrCi.Aws;

/// <summary>AWS credentials that were found, and where they came from (for the log).</summary>
internal sealed record ResolvedCredentials(AWSCredentials Credentials, ImmutableCredentials Current, string Source)
{
    /// <summary>The role's temporary credentials when a role was assumed.</summary>
    public AssumedRoleCredentials? AssumedRole { get; init; }
}

/// <summary>
/// Finds credentials with AWSSDK.Core's default chain (environment, web identity, profile,
/// SSO, container, instance metadata), or uses the ones the caller gave.
/// </summary>
internal static class CredentialResolver
{
    private const string SourcesTried =
        "environment variables (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, plus AWS_SESSION_TOKEN for temporary keys); " +
        "web identity (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN); the shared config and credentials files (AWS_PROFILE, default profile, SSO sessions); " +
        "container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI); EC2 instance metadata";

    public static async Task<ResolvedCredentials> ResolveAsync(AWSCredentials? explicitCredentials, string? profileName, Hosts.CiHost host, CancellationToken cancellationToken)
    {
        AwsRuntimeDependencies.EnsureRegistered();
        AWSCredentials credentials;
        try
        {
            credentials = explicitCredentials
                ?? (profileName is not null ? FromProfile(profileName) : await new DefaultAWSCredentialsIdentityResolver().ResolveIdentityAsync(null, cancellationToken));
        }
        catch (AmazonClientException e)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, $"No AWS credentials were found. Sources tried: {SourcesTried}. {host.NoCredentialsAdvice}", e);
        }

        ImmutableCredentials current;
        try
        {
            current = await credentials.GetCredentialsAsync();
        }
        catch (AmazonServiceException e)
        {
            throw new EcrLoginException(EcrErrorKind.InvalidCredentials, $"The AWS credentials from {Describe(credentials)} could not be obtained: {e.Message}", e) { AwsErrorCode = e.ErrorCode };
        }
        catch (AmazonClientException e)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The AWS credentials from {Describe(credentials)} could not be obtained: {e.Message}", e);
        }

        if (current is null || string.IsNullOrEmpty(current.AccessKey) || string.IsNullOrEmpty(current.SecretKey))
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The AWS credentials from {Describe(credentials)} are empty. Sources tried: {SourcesTried}.");
        }

        return new ResolvedCredentials(credentials, current, Describe(credentials));
    }

    private static AWSCredentials FromProfile(string profileName) =>
        new CredentialProfileStoreChain().TryGetAWSCredentials(profileName, out var credentials)
            ? credentials
            : throw new EcrLoginException(EcrErrorKind.NoCredentials,
                $"The AWS profile '{profileName}' was not found or holds no credentials: check ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE).");

    private static string Describe(AWSCredentials credentials) => credentials.GetType().Name switch
    {
        "EnvironmentVariablesAWSCredentials" => "environment variables",
        "BasicAWSCredentials" or "SessionAWSCredentials" => "explicit keys",
        "AssumeRoleWithWebIdentityCredentials" => "web identity (AWS_WEB_IDENTITY_TOKEN_FILE)",
        "SSOAWSCredentials" => "an SSO session",
        "ECSTaskCredentials" or "GenericContainerCredentials" => "container credentials",
        "DefaultInstanceProfileAWSCredentials" or "InstanceProfileAWSCredentials" => "EC2 instance metadata",
        "AssumeRoleAWSCredentials" => "an assumed role (profile)",
        var other => other,
    };
}
