using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.EcrCi.Internal;

[assembly: CakeNamespaceImport("Cake.EcrCi")]

// Scripts write the core's RetryMode unqualified, as in RetryMode = RetryMode.Adaptive.
[assembly: CakeNamespaceImport("EcrCi")]

namespace Cake.EcrCi;

/// <summary>
/// Logs Cake builds into Amazon ECR: fetches authorization tokens with <c>GetAuthorizationToken</c>
/// and logs the container client (docker, podman, nerdctl or finch) in with the password on
/// standard input only. Cake's log shows the registries, the credential source and the expiry,
/// never a password or token. Failures throw <see cref="CakeException"/> with a message that
/// says what to fix.
/// </summary>
[CakeAliasCategory("AWS ECR")]
[CakeNamespaceImport("Cake.EcrCi")]
public static partial class EcrAliases
{
    /// <summary>
    /// Logs the container client in to the registry of the caller's own account, in the region
    /// of the environment (AWS_REGION, AWS_DEFAULT_REGION or the profile).
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The registry logged in to (host, user, expiry).</returns>
    /// <exception cref="CakeException">The login failed; the message says what to fix.</exception>
    /// <example>
    /// <code>
    /// #addin nuget:?package=Cake.EcrCi&amp;version=1.0.0
    ///
    /// Task("Push").Does(() =>
    /// {
    ///     var login = EcrLogin();
    ///     Information("Logged in to {0} until {1}", login.Registries[0].Host, login.ExpiresAt);
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static EcrLoginResult EcrLogin(this ICakeContext context) => context.EcrLogin(new EcrLoginSettings());

    /// <summary>
    /// Fetches a token for every registry in <paramref name="settings"/> (one call per region) and
    /// logs the container client in to each, in parallel, with the password on standard input.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The registries and how to reach them.</param>
    /// <returns>The registries logged in to (host, user, expiry), the client and its config folder.</returns>
    /// <exception cref="CakeException">The login failed; the message says what to fix.</exception>
    /// <example>
    /// <code>
    /// #addin nuget:?package=Cake.EcrCi&amp;version=1.0.0
    ///
    /// Task("Push").Does(() =>
    /// {
    ///     var login = EcrLogin(new EcrLoginSettings
    ///     {
    ///         Registries = { "123456789012", "210987654321.dkr.ecr.us-east-1.amazonaws.com" },
    ///         Region = "eu-west-1",
    ///     });
    ///     foreach (var registry in login.Registries)
    ///     {
    ///         Information("{0} as {1} until {2:u}", registry.Host, registry.Username, registry.ExpiresAt);
    ///     }
    ///
    ///     StartProcess("docker", "push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0");
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static EcrLoginResult EcrLogin(this ICakeContext context, EcrLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        context.Log.Verbose("ECR login: {0}", settings.Describe());
        var result = CoreCall.Run(cancellationToken => global::EcrCi.EcrAuth.LoginAsync(settings.ToOptions(context), cancellationToken));
        var login = new EcrLoginResult(
            [.. result.Tokens.Select(t => new EcrAuthorizationToken(t))],
            result.ContainerClient,
            result.DockerConfig is { } folder ? new DirectoryPath(folder) : null,
            settings);
        context.Log.Verbose("ECR login done: {0}", login);
        return login;
    }
}
