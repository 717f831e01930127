using EcrCi.Clients;
using EcrCi.Tokens;

namespace EcrCi;

/// <summary>The outcome of a login: one token per registry, and where the client stored them.</summary>
/// <param name="Tokens">One token per registry, in the order the registries were given.</param>
/// <param name="ContainerClient">The client that logged in, or null when only tokens were fetched.</param>
/// <param name="DockerConfig">The config folder the logins were written to, or null when only tokens were fetched.</param>
public sealed record EcrAuthResult(IReadOnlyList<AuthorizationToken> Tokens, ContainerClientKind? ContainerClient, string? DockerConfig)
{
    /// <summary>The temporary credentials of the role that was assumed, or null when none was.</summary>
    public Aws.AssumedRoleCredentials? AssumedRole { get; init; }

    /// <summary>The earliest expiry of all tokens.</summary>
    public DateTimeOffset ExpiresAt => Tokens.Count == 0 ? DateTimeOffset.MinValue : Tokens.Min(t => t.ExpiresAt);
}
