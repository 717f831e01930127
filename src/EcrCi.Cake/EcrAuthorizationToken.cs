using Cake.Core.IO;
using Cake.Core.IO.Arguments;
using EcrCi.Secrets;
using EcrCi.Tokens;

namespace Cake.EcrCi;

/// <summary>
/// The credential ECR issued for one registry: host, user (<c>AWS</c>), expiry, and a password
/// that never shows in text. Printing a token (or logging it) gives no secret; the password is
/// reached through <see cref="PasswordArgument"/> (which Cake prints as <c>[REDACTED]</c>) or
/// <see cref="RevealPassword"/>.
/// </summary>
public sealed class EcrAuthorizationToken
{
    private readonly Secret password;

    internal EcrAuthorizationToken(AuthorizationToken token)
    {
        password = token.Password;
        Host = token.Host;
        Username = token.Username;
        ExpiresAt = token.ExpiresAt;
        AccountId = token.AccountId;
        Region = token.Region;
    }

    /// <summary>The registry host to log in to, such as <c>123456789012.dkr.ecr.eu-west-1.amazonaws.com</c>.</summary>
    public string Host { get; }

    /// <summary>The registry user name (always <c>AWS</c> for ECR).</summary>
    public string Username { get; }

    /// <summary>When ECR stops accepting the password (12 hours after issue).</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The 12-digit account id of a private registry; null for ECR Public.</summary>
    public string? AccountId { get; }

    /// <summary>The region whose API issued the token.</summary>
    public string? Region { get; }

    /// <summary>
    /// The password as a process argument for Cake's process runner: it renders the password
    /// for the process and <c>[REDACTED]</c> wherever Cake prints arguments. Prefer standard
    /// input (<see cref="RevealPassword"/> into <c>ProcessSettings.StandardInput</c>) where the tool accepts it.
    /// </summary>
    public IProcessArgument PasswordArgument => new SecretArgument(new TextArgument(password.Reveal()));

    /// <summary>The password text, for the one place that must hand it on. Never log it.</summary>
    /// <returns>The registry password.</returns>
    public string RevealPassword() => password.Reveal();

    /// <summary>The user, host and expiry; never the password.</summary>
    /// <returns>For example <c>AWS@123456789012.dkr.ecr.eu-west-1.amazonaws.com until 2030-01-01 12:00:00Z</c>.</returns>
    public override string ToString() =>
        $"{Username}@{Host} until {ExpiresAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture)}";
}
