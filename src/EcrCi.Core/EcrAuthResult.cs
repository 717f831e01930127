using EcrCi.Secrets;
using EcrCi.Tokens;

namespace EcrCi;

/// <summary>The outcome of a login or token fetch: one token per registry, and where the client stored them.</summary>
public sealed record EcrAuthResult
{
    private readonly Redactor redactor;

    internal EcrAuthResult(IReadOnlyList<AuthorizationToken> tokens, string? containerClient, string? dockerConfig, Redactor redactor)
    {
        Tokens = tokens;
        ContainerClient = containerClient;
        DockerConfig = dockerConfig;
        this.redactor = redactor;
    }

    /// <summary>One token per registry, in the order the registries were given.</summary>
    public IReadOnlyList<AuthorizationToken> Tokens { get; }

    /// <summary>The client that logged in (<c>docker</c>, <c>podman</c>, <c>nerdctl</c> or <c>finch</c>), or null when only tokens were fetched.</summary>
    public string? ContainerClient { get; }

    /// <summary>The config folder the logins were written to, or null when only tokens were fetched.</summary>
    public string? DockerConfig { get; }

    /// <summary>The temporary credentials of the role that was assumed, or null when none was.</summary>
    public Aws.AssumedRoleCredentials? AssumedRole { get; init; }

    /// <summary>The earliest expiry of all tokens.</summary>
    public DateTimeOffset ExpiresAt => Tokens.Count == 0 ? DateTimeOffset.MinValue : Tokens.Min(t => t.ExpiresAt);

    /// <summary>
    /// <paramref name="text"/> with this operation's secrets (passwords, their base64 forms, an
    /// assumed role's keys, a proxy password) replaced by <c>[REDACTED]</c>: for a front end that
    /// shows text the core did not write.
    /// </summary>
    public string Redact(string? text) => redactor.Redact(text);
}
