using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;
using Cake.EcrCi.Internal;

namespace Cake.EcrCi;

/// <content>Logging the container client out again.</content>
public static partial class EcrAliases
{
    /// <summary>Logs the container client out of every registry an <c>EcrLogin</c> logged in to (same client, same config folder).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="login">What <c>EcrLogin</c> returned.</param>
    /// <exception cref="CakeException">The client is missing or a logout failed.</exception>
    /// <example>
    /// <code>
    /// var login = EcrLogin(new EcrLoginSettings { Registries = { "123456789012" } });
    /// try
    /// {
    ///     StartProcess("docker", "push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0");
    /// }
    /// finally
    /// {
    ///     EcrLogout(login);
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static void EcrLogout(this ICakeContext context, EcrLoginResult login)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(login);
        var settings = Copy(login.Settings);
        settings.ContainerClient = login.ContainerClient ?? settings.ContainerClient;
        settings.DockerConfig = login.DockerConfig ?? settings.DockerConfig;
        Logout(context, [.. login.Registries.Select(r => r.Host)], settings);
    }

    /// <summary>Logs the container client out of registries given by host or URL (account ids take the region from the environment).</summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="registries">Registry hosts (as in <see cref="EcrAuthorizationToken.Host"/>), URLs or account ids.</param>
    /// <exception cref="CakeException">The client is missing or a logout failed.</exception>
    /// <example>
    /// <code>
    /// EcrLogout(new[] { "123456789012.dkr.ecr.eu-west-1.amazonaws.com" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static void EcrLogout(this ICakeContext context, IEnumerable<string> registries) =>
        context.EcrLogout(registries, new EcrLoginSettings());

    /// <summary>
    /// Logs the container client out of registries given by host, URL or account id (with the
    /// region of <paramref name="settings"/> or the environment), using the client and config folder of <paramref name="settings"/>.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="registries">Registry hosts (as in <see cref="EcrAuthorizationToken.Host"/>), URLs or account ids.</param>
    /// <param name="settings">The container client, its path, the config folder and the region for account ids.</param>
    /// <exception cref="CakeException">The client is missing or a logout failed.</exception>
    /// <example>
    /// <code>
    /// EcrLogout(new[] { "123456789012" }, new EcrLoginSettings { Region = "eu-west-1", ContainerClient = "podman" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static void EcrLogout(this ICakeContext context, IEnumerable<string> registries, EcrLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(registries);
        ArgumentNullException.ThrowIfNull(settings);
        Logout(context, [.. registries], settings);
    }

    private static void Logout(ICakeContext context, IReadOnlyList<string> registries, EcrLoginSettings settings)
    {
        context.Log.Verbose("ECR logout: {0}", string.Join(", ", registries));
        CoreCall.Run(cancellationToken => global::EcrCi.EcrAuth.LogoutAsync(registries, settings.ToOptions(context), cancellationToken));
    }

    private static EcrLoginSettings Copy(EcrLoginSettings source) => new()
    {
        Region = source.Region,
        ContainerClient = source.ContainerClient,
        ContainerClientPath = source.ContainerClientPath,
        ToolPath = source.ToolPath,
        DockerConfig = source.DockerConfig,
        LoginTimeout = source.LoginTimeout,
    };
}
