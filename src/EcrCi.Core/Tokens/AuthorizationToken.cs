using EcrCi.Secrets;

namespace EcrCi.Tokens;

/// <summary>
/// A registry credential from <c>GetAuthorizationToken</c>: the user (always <c>AWS</c>), the
/// password, its expiry and the registry host it is for. Printing it shows no secret.
/// </summary>
/// <param name="Host">The registry host to log in to (from ECR's proxy endpoint).</param>
/// <param name="Username">The registry user name.</param>
/// <param name="Password">The registry password.</param>
/// <param name="ExpiresAt">When ECR stops accepting the password (12 hours after issue).</param>
public sealed record AuthorizationToken(string Host, string Username, Secret Password, DateTimeOffset ExpiresAt)
{
    /// <summary>The 12-digit account id for a private registry, or null for ECR Public or an unrecognised host.</summary>
    public string? AccountId { get; init; }

    /// <summary>The region whose API issued the token.</summary>
    public string? Region { get; init; }

    /// <summary>The proxy endpoint ECR returned (<c>https://host</c>), or null for ECR Public.</summary>
    public Uri? ProxyEndpoint { get; init; }
}
