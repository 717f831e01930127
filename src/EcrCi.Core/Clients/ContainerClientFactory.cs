using EcrCi.DockerConfig;
using EcrCi.Secrets;
using EcrCi.Settings;

namespace EcrCi.Clients;

/// <summary>The container client an operation uses: located from the settings, with its config folder, timeout, host and redactor.</summary>
internal static class ContainerClientFactory
{
    public static ContainerClient Create(EffectiveSettings settings, Redactor redactor)
    {
        var options = settings.Options;
        var (kind, path) = ContainerClientLocator.Locate(settings.ContainerClient, options.ContainerClientPath, settings.Environment);
        var configDirectory = kind.UsesDockerConfig() || options.DockerConfig is not null
            ? DockerConfigFolder.Locate(options.DockerConfig, settings.Environment)
            : null;
        return new ContainerClient(kind, path, configDirectory, settings.LoginTimeout, settings.Host, redactor);
    }
}
