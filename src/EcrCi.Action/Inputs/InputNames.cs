namespace EcrCi.Action.Inputs;

/// <summary>The inputs of <c>action.yml</c>, as the runner names their variables (hyphens kept).</summary>
internal static class InputNames
{
    /// <summary>Account ids, registry hosts or URLs, comma- or newline-separated.</summary>
    public const string Registries = "registries";

    /// <summary><c>private</c> (default) or <c>public</c>.</summary>
    public const string RegistryType = "registry-type";

    /// <summary>The region for registries given by account id.</summary>
    public const string Region = "region";

    /// <summary>Mask the password outputs (default true).</summary>
    public const string MaskPassword = "mask-password";

    /// <summary>Skip the logout of the post step (default false).</summary>
    public const string SkipLogout = "skip-logout";

    /// <summary>An HTTP proxy for the AWS calls.</summary>
    public const string HttpProxy = "http-proxy";

    /// <summary>docker, podman, nerdctl or finch.</summary>
    public const string ContainerClient = "container-client";

    /// <summary>Attempts per token call, the first included.</summary>
    public const string RetryAttempts = "retry-attempts";

    /// <summary>Seconds one token call attempt may take.</summary>
    public const string AttemptTimeoutSeconds = "attempt-timeout-seconds";

    /// <summary>Seconds all attempts of a token call may take together.</summary>
    public const string TimeoutSeconds = "timeout-seconds";

    /// <summary>Export <c>DOCKER_CONFIG</c> so that later host steps use the login (default false).</summary>
    public const string ExportDockerConfig = "export-docker-config";
}
