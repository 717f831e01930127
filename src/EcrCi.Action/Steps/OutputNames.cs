using System.Text.RegularExpressions;

namespace EcrCi.Action.Steps;

/// <summary>The names of the step's outputs and of the state it saves for the post step.</summary>
internal static partial class OutputNames
{
    /// <summary>The registry host, when exactly one registry was logged in to (as <c>aws-actions/amazon-ecr-login</c>).</summary>
    public const string Registry = "registry";

    /// <summary>A JSON list of the registries with account, region and expiry.</summary>
    public const string RegistriesJson = "registries-json";

    /// <summary>The earliest expiry of all tokens (ISO 8601, UTC).</summary>
    public const string ExpiresAt = "expires-at";

    /// <summary>The exported Docker config folder as host steps see it.</summary>
    public const string DockerConfig = "docker-config";

    /// <summary>With <c>output-credentials</c>, the assumed role's access key id (masked).</summary>
    public const string AwsAccessKeyId = "aws-access-key-id";

    /// <summary>With <c>output-credentials</c>, the assumed role's secret access key (masked).</summary>
    public const string AwsSecretAccessKey = "aws-secret-access-key";

    /// <summary>With <c>output-credentials</c>, the assumed role's session token (masked).</summary>
    public const string AwsSessionToken = "aws-session-token";

    /// <summary>With <c>output-credentials</c>, when the assumed role's credentials expire (ISO 8601, UTC).</summary>
    public const string AwsExpiration = "aws-expiration";

    /// <summary>State: the registry hosts the post step logs out of, comma-separated.</summary>
    public const string StateRegistries = "registries";

    /// <summary>State: the container client that logged in.</summary>
    public const string StateContainerClient = "container-client";

    /// <summary>State: the Docker config folder the logins went to.</summary>
    public const string StateDockerConfig = "docker-config";

    /// <summary>State: the workspace whose owner receives the exported config again after logout.</summary>
    public const string StateExportOwner = "export-owner-of";

    /// <summary><c>docker_username_&lt;host&gt;</c>, the host with every run of characters outside <c>[a-zA-Z0-9_]</c> as one <c>_</c>.</summary>
    public static string Username(string host) => "docker_username_" + Suffix(host);

    /// <summary><c>docker_password_&lt;host&gt;</c>, named as <see cref="Username"/>.</summary>
    public static string Password(string host) => "docker_password_" + Suffix(host);

    private static string Suffix(string host) => NotWordCharacters().Replace(host, "_");

    [GeneratedRegex("[^a-zA-Z0-9_]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWordCharacters();
}
