using Cake.Core.IO;

namespace Cake.EcrCi;

/// <summary>What <c>EcrLogin</c> did: the registries the container client is now logged in to, and where.</summary>
public sealed class EcrLoginResult
{
    internal EcrLoginResult(IReadOnlyList<EcrAuthorizationToken> registries, string? containerClient, DirectoryPath? dockerConfig, EcrLoginSettings settings)
    {
        Settings = settings;
        Registries = registries;
        ContainerClient = containerClient;
        DockerConfig = dockerConfig;
    }

    /// <summary>One entry per registry (host, user, expiry), in the order the registries were given.</summary>
    public IReadOnlyList<EcrAuthorizationToken> Registries { get; }

    /// <summary>The client that logged in: <c>docker</c>, <c>podman</c>, <c>nerdctl</c> or <c>finch</c>.</summary>
    public string? ContainerClient { get; }

    /// <summary>The config folder the logins were written to, or null when the client keeps its own store (podman, finch).</summary>
    public DirectoryPath? DockerConfig { get; }

    /// <summary>The settings the login used (a later logout uses the same client).</summary>
    internal EcrLoginSettings Settings { get; }

    /// <summary>The earliest expiry of all registries' passwords.</summary>
    public DateTimeOffset ExpiresAt => Registries.Count == 0 ? DateTimeOffset.MinValue : Registries.Min(r => r.ExpiresAt);

    /// <summary>The registries and the earliest expiry; never a password.</summary>
    /// <returns>For example <c>docker logged in to 123456789012.dkr.ecr.eu-west-1.amazonaws.com until 2030-01-01 12:00:00Z</c>.</returns>
    public override string ToString() =>
        $"{ContainerClient ?? "client"} logged in to {string.Join(", ", Registries.Select(r => r.Host))} until {ExpiresAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)}";
}
