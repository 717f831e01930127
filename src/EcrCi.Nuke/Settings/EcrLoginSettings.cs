namespace EcrCi.Nuke;

/// <summary>
/// Settings of <see cref="EcrTasks.EcrLogin(EcrLoginSettings?)"/> and
/// <see cref="EcrTasks.EcrLogout(EcrLoginSettings)"/>: registries, AWS access, and the container
/// client that logs in. Change them with <see cref="EcrSettingsExtensions"/> and
/// <see cref="EcrLoginSettingsExtensions"/>.
/// </summary>
public sealed record EcrLoginSettings : EcrSettings
{
    /// <summary>The container client; null uses <c>DOCKER_EXE</c>, else the first of docker, podman, nerdctl, finch on <c>PATH</c>.</summary>
    public ContainerClient? ContainerClient { get; init; }

    /// <summary>The client's executable; null reads <c>DOCKER_EXE</c> (for docker), then <c>PATH</c>.</summary>
    public string? ContainerClientPath { get; init; }

    /// <summary>The Docker config folder the login is written to; null reads <c>DOCKER_CONFIG</c>, else <c>~/.docker</c>.</summary>
    public string? DockerConfig { get; init; }

    /// <summary>How long one client login may take; null means 60 seconds.</summary>
    public TimeSpan? LoginTimeout { get; init; }

    /// <summary>The core's options for these settings, the container client included.</summary>
    internal EcrAuthOptions ToLoginOptions(Logging.IEcrLogger logger) => ToOptions(logger) with
    {
        ContainerClient = ContainerClient?.Value,
        ContainerClientPath = ContainerClientPath,
        DockerConfig = DockerConfig,
        LoginTimeout = LoginTimeout,
    };

    private protected override void Describe(List<string> parts)
    {
        base.Describe(parts);
        SettingsText.Add(parts, nameof(ContainerClient), ContainerClient?.Value);
        SettingsText.Add(parts, nameof(ContainerClientPath), ContainerClientPath);
        SettingsText.Add(parts, nameof(DockerConfig), DockerConfig);
        SettingsText.Add(parts, nameof(LoginTimeout), SettingsText.Of(LoginTimeout));
    }
}
