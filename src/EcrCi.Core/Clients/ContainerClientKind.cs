namespace EcrCi.Clients;

/// <summary>The container clients that can log in to a registry with <c>login --password-stdin</c>.</summary>
internal enum ContainerClientKind
{
    /// <summary>The Docker CLI (the default).</summary>
    Docker,

    /// <summary>Podman.</summary>
    Podman,

    /// <summary>nerdctl (containerd).</summary>
    Nerdctl,

    /// <summary>Finch.</summary>
    Finch,
}

/// <summary>Names and parsing of <see cref="ContainerClientKind"/>.</summary>
internal static class ContainerClientKinds
{
    /// <summary>The executable name of a client (<c>docker</c>, <c>podman</c>, ...).</summary>
    public static string ExecutableName(this ContainerClientKind kind) => kind switch
    {
        ContainerClientKind.Docker => "docker",
        ContainerClientKind.Podman => "podman",
        ContainerClientKind.Nerdctl => "nerdctl",
        ContainerClientKind.Finch => "finch",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True for clients that keep credentials in a Docker config file (<c>DOCKER_CONFIG</c>).</summary>
    public static bool UsesDockerConfig(this ContainerClientKind kind) => kind is ContainerClientKind.Docker or ContainerClientKind.Nerdctl;

    /// <summary>Parses <c>docker</c>, <c>podman</c>, <c>nerdctl</c> or <c>finch</c> (any casing).</summary>
    /// <exception cref="Errors.EcrLoginException">The name is not one of them.</exception>
    public static ContainerClientKind Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "docker" => ContainerClientKind.Docker,
            "podman" => ContainerClientKind.Podman,
            "nerdctl" => ContainerClientKind.Nerdctl,
            "finch" => ContainerClientKind.Finch,
            _ => throw Errors.EcrLoginException.Input(nameof(EcrAuthOptions.ContainerClient), $"'{name}' is not a supported container client: expected docker, podman, nerdctl or finch."),
        };
    }
}
