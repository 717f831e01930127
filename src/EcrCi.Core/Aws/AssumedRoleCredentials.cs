using EcrCi.Secrets;

namespace EcrCi.Aws;

/// <summary>The temporary credentials of an assumed role, for a front end that must mask or (when asked) export them.</summary>
/// <param name="AccessKeyId">The temporary access key id.</param>
/// <param name="SecretAccessKey">The temporary secret key.</param>
/// <param name="SessionToken">The session token.</param>
/// <param name="Expiration">When they expire, when STS said.</param>
/// <param name="AssumedRoleArn">The assumed-role ARN STS returned.</param>
public sealed record AssumedRoleCredentials(string AccessKeyId, Secret SecretAccessKey, Secret SessionToken, DateTimeOffset? Expiration, string? AssumedRoleArn);
