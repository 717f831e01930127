namespace EcrCi.Nuke;

/// <summary>
/// Fluent, pure methods for the container-client part of <see cref="EcrLoginSettings"/>, in
/// Nuke's naming: each returns a modified copy and leaves the original unchanged.
/// </summary>
public static class EcrLoginSettingsExtensions
{
    /// <summary>Sets <see cref="EcrLoginSettings.ContainerClient"/>.</summary>
    public static EcrLoginSettings SetContainerClient(this EcrLoginSettings settings, ContainerClient containerClient)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(containerClient);
        return settings with { ContainerClient = containerClient };
    }

    /// <summary>Resets <see cref="EcrLoginSettings.ContainerClient"/>, so DOCKER_EXE or PATH decides.</summary>
    public static EcrLoginSettings ResetContainerClient(this EcrLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { ContainerClient = null };
    }

    /// <summary>Sets <see cref="EcrLoginSettings.ContainerClientPath"/>, the client's executable.</summary>
    public static EcrLoginSettings SetContainerClientPath(this EcrLoginSettings settings, string containerClientPath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(containerClientPath);
        return settings with { ContainerClientPath = containerClientPath };
    }

    /// <summary>Resets <see cref="EcrLoginSettings.ContainerClientPath"/>, so DOCKER_EXE or PATH decides.</summary>
    public static EcrLoginSettings ResetContainerClientPath(this EcrLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { ContainerClientPath = null };
    }

    /// <summary>Sets <see cref="EcrLoginSettings.DockerConfig"/>, the Docker config folder to write the login to.</summary>
    public static EcrLoginSettings SetDockerConfig(this EcrLoginSettings settings, string dockerConfig)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(dockerConfig);
        return settings with { DockerConfig = dockerConfig };
    }

    /// <summary>Resets <see cref="EcrLoginSettings.DockerConfig"/>, so DOCKER_CONFIG or <c>~/.docker</c> decides.</summary>
    public static EcrLoginSettings ResetDockerConfig(this EcrLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { DockerConfig = null };
    }

    /// <summary>Sets <see cref="EcrLoginSettings.LoginTimeout"/>: how long one client login may take.</summary>
    public static EcrLoginSettings SetLoginTimeout(this EcrLoginSettings settings, TimeSpan loginTimeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { LoginTimeout = loginTimeout };
    }

    /// <summary>Resets <see cref="EcrLoginSettings.LoginTimeout"/> to the default (60 seconds).</summary>
    public static EcrLoginSettings ResetLoginTimeout(this EcrLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { LoginTimeout = null };
    }
}
