using Amazon.Runtime.CredentialManagement;
using EcrCi.Aws;

namespace EcrCi.Settings;

/// <summary>
/// The non-credential settings of the AWS profile in force (the option, else AWS_PROFILE, else
/// <c>default</c>), read once from the shared config and credentials files (AWS_CONFIG_FILE,
/// AWS_SHARED_CREDENTIALS_FILE). A missing or unreadable file means no profile settings.
/// </summary>
internal sealed class ProfileSettings
{
    private readonly Lazy<CredentialProfile?> profile;

    public ProfileSettings(string? explicitProfile, AwsEnvironment environment)
    {
        Name = explicitProfile ?? environment.Get("AWS_PROFILE") ?? "default";
        profile = new Lazy<CredentialProfile?>(() => Read(Name));
    }

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary><c>region</c>.</summary>
    public string? Region => profile.Value?.Region?.SystemName;

    /// <summary><c>max_attempts</c>.</summary>
    public int? MaxAttempts => profile.Value?.MaxAttempts;

    /// <summary><c>use_fips_endpoint</c>.</summary>
    public bool? UseFips => profile.Value?.UseFIPSEndpoint;

    /// <summary><c>use_dualstack_endpoint</c>.</summary>
    public bool? UseDualStack => profile.Value?.UseDualstackEndpoint;

    private static CredentialProfile? Read(string name)
    {
        try
        {
            return new CredentialProfileStoreChain().TryGetProfile(name, out var found) ? found : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }
}
