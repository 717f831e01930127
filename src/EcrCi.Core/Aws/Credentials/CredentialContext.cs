using System.Net;
using Amazon.Runtime;
using EcrCi.Aws.Sts;
using EcrCi.Logging;

namespace EcrCi.Aws.Credentials;

/// <summary>What every credential source may use: the environment and shared files, one transport, STS, the redaction scope.</summary>
/// <param name="Environment">The variables the front end sees.</param>
/// <param name="Files">The shared config and credentials files.</param>
/// <param name="Transport">The HTTP transport (proxy and connect timeout applied) for container and instance metadata calls.</param>
/// <param name="Proxy">The proxy for SDK clients (SSO), or null.</param>
/// <param name="Sts">STS, for role hops and web identity.</param>
/// <param name="Host">The CI host, for advice and role session names.</param>
/// <param name="Log">The operation's redacting log (its redactor learns every key the moment it arrives).</param>
internal sealed record CredentialContext(
    AwsEnvironment Environment, SharedConfigFiles Files, HttpMessageHandler Transport, IWebProxy? Proxy, StsCalls Sts, Hosts.CiHost Host, RedactingLog Log)
{
    /// <summary>
    /// Wraps keys a source handed out, registering the secret parts for redaction first; keys the
    /// user gave (<paramref name="obtained"/> false: the environment, a file) are not announced
    /// to the observer as newly obtained secrets.
    /// </summary>
    public ResolvedCredentials Keys(string accessKey, string secretKey, string? sessionToken, string source, bool obtained = true)
    {
        Func<string, string> add = obtained ? Log.Redactor.Add : Log.Redactor.AddGiven;
        add(secretKey);
        add(accessKey);
        if (!string.IsNullOrEmpty(sessionToken))
        {
            add(sessionToken);
        }

        AWSCredentials credentials = string.IsNullOrEmpty(sessionToken)
            ? new BasicAWSCredentials(accessKey, secretKey)
            : new SessionAWSCredentials(accessKey, secretKey, sessionToken);
        return new ResolvedCredentials(credentials, new ImmutableCredentials(accessKey, secretKey, sessionToken), source);
    }
}

/// <summary>One place credentials can come from, in the order of the default chain.</summary>
internal abstract class CredentialSource
{
    /// <summary>The source's name in messages, naming its variables or files.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The source's credentials, or null with <paramref name="absent"/> saying why the source is
    /// not configured. A source that is configured but fails throws an
    /// <see cref="Errors.EcrLoginException"/> naming it and why; the chain stops there.
    /// </summary>
    public abstract Task<ResolvedCredentials?> TryResolveAsync(CredentialContext context, Action<string> absent, CancellationToken cancellationToken);
}
