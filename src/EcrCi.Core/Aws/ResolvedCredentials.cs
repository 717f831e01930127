using Amazon.Runtime;

namespace EcrCi.Aws;

/// <summary>AWS credentials that were found, and where they came from (for the log and for errors; never a value).</summary>
/// <param name="Credentials">The credentials, for signing.</param>
/// <param name="Current">Their current keys.</param>
/// <param name="Source">Where they came from, naming variables, files or the role.</param>
internal sealed record ResolvedCredentials(AWSCredentials Credentials, ImmutableCredentials Current, string Source)
{
    /// <summary>The role's temporary credentials when a role was assumed.</summary>
    public AssumedRoleCredentials? AssumedRole { get; init; }
}
