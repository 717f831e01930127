using Cake.Core;
using Cake.Core.Annotations;
using Cake.Core.Diagnostics;
using Cake.EcrCi.Internal;

namespace Cake.EcrCi;

/// <content>Tokens without a container-client login, for scripts that hand them to another tool.</content>
public static partial class EcrAliases
{
    /// <summary>Fetches a token for the registry of the caller's own account, without logging any client in.</summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>One token (host, user, expiry, password as a secret).</returns>
    /// <exception cref="CakeException">The token call failed; the message says what to fix.</exception>
    /// <example>
    /// <code>
    /// var token = EcrGetAuthorizationToken()[0];
    /// Information("Token for {0} valid until {1:u}", token.Host, token.ExpiresAt);
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static IReadOnlyList<EcrAuthorizationToken> EcrGetAuthorizationToken(this ICakeContext context) =>
        context.EcrGetAuthorizationToken(new EcrLoginSettings());

    /// <summary>
    /// Fetches one token per registry in <paramref name="settings"/>, without logging any client in.
    /// The container-client settings are ignored.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The registries and how to reach them.</param>
    /// <returns>One token per registry, in the order given.</returns>
    /// <exception cref="CakeException">The token call failed; the message says what to fix.</exception>
    /// <example>
    /// <code>
    /// var tokens = EcrGetAuthorizationToken(new EcrLoginSettings { Registries = { "123456789012" }, Region = "eu-west-1" });
    /// foreach (var token in tokens)
    /// {
    ///     // The password goes to the tool on stdin; Cake never prints it.
    ///     StartProcess("helm", new ProcessSettings
    ///     {
    ///         Arguments = new ProcessArgumentBuilder().Append("registry login --username").Append(token.Username).Append("--password-stdin").Append(token.Host),
    ///         StandardInput = token.RevealPassword(),
    ///     });
    /// }
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static IReadOnlyList<EcrAuthorizationToken> EcrGetAuthorizationToken(this ICakeContext context, EcrLoginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        context.Log.Verbose("ECR tokens: {0}", settings.Describe());
        var result = CoreCall.Run(cancellationToken => global::EcrCi.EcrAuth.GetTokensAsync(settings.ToOptions(context), cancellationToken));
        return [.. result.Tokens.Select(t => new EcrAuthorizationToken(t))];
    }

    /// <summary>
    /// Returns the registry password for the caller's own account, as <c>aws ecr get-login-password</c> does.
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <returns>The password (user <c>AWS</c>). Hand it on through standard input; never log it.</returns>
    /// <exception cref="CakeException">The token call failed; the message says what to fix.</exception>
    /// <example>
    /// <code>
    /// var password = EcrGetLoginPassword();
    /// StartProcess("skopeo", new ProcessSettings
    /// {
    ///     Arguments = "login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com",
    ///     StandardInput = password,
    /// });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static string EcrGetLoginPassword(this ICakeContext context) => context.EcrGetLoginPassword(new EcrLoginSettings());

    /// <summary>
    /// Returns the registry password for the registries in <paramref name="settings"/>, as
    /// <c>aws ecr get-login-password</c> does. All of them must share one password (one region).
    /// </summary>
    /// <param name="context">The Cake context.</param>
    /// <param name="settings">The registry (or registries of one region) and how to reach them.</param>
    /// <returns>The password (user <c>AWS</c>). Hand it on through standard input; never log it.</returns>
    /// <exception cref="CakeException">The token call failed, or the registries have different passwords.</exception>
    /// <example>
    /// <code>
    /// var password = EcrGetLoginPassword(new EcrLoginSettings { Region = "eu-west-1", Profile = "ci" });
    /// </code>
    /// </example>
    [CakeMethodAlias]
    public static string EcrGetLoginPassword(this ICakeContext context, EcrLoginSettings settings)
    {
        var tokens = context.EcrGetAuthorizationToken(settings);
        var passwords = tokens.Select(t => t.RevealPassword()).Distinct(StringComparer.Ordinal).ToList();
        return passwords.Count switch
        {
            1 => passwords[0],
            0 => throw new CakeException("ECR returned no token: name a registry or set a region."),
            _ => throw new CakeException(
                $"The registries {string.Join(", ", tokens.Select(t => t.Host))} have different passwords (they are in different regions or partitions): " +
                "call EcrGetLoginPassword once per region, or use EcrGetAuthorizationToken for one token per registry."),
        };
    }
}
