using System.Text.Json;
using EcrCi.Cache;
using EcrCi.Registries;

namespace EcrCi.Cli.Helper;

/// <summary>
/// <c>store</c>, <c>erase</c> and <c>list</c>. Tokens are never stored: they come on demand, so a
/// <c>store</c> or <c>erase</c> for an ECR host or an alias is accepted and dropped. For any other
/// host the helper would lose the credential, so it refuses, as the Go ECR helper does, unless
/// <c>ECR_LOGIN_IGNORE_CREDS_STORAGE</c> or the Go helper's <c>AWS_ECR_IGNORE_CREDS_STORAGE</c> is
/// true. <c>list</c> answers each alias and each cached ECR host, with user <c>AWS</c>.
/// </summary>
internal sealed partial class CredentialHelper
{
    /// <summary>Accept and drop <c>store</c> and <c>erase</c> for every host.</summary>
    public const string IgnoreStorageVariable = "ECR_LOGIN_IGNORE_CREDS_STORAGE";

    /// <summary>The Go ECR helper's name for <see cref="IgnoreStorageVariable"/>.</summary>
    public const string GoHelperIgnoreStorageVariable = "AWS_ECR_IGNORE_CREDS_STORAGE";

    private async Task<int> StoreAsync(HelperLog log, CancellationToken cancellationToken)
    {
        var text = await HelperInput.ReadAsync(input, "store", cancellationToken);
        if (StoreRequest.HostOf(text) is not { } host)
        {
            throw new InvalidDataException("store expects a JSON object with ServerURL, Username and Secret on standard input");
        }

        return Drop(log, "store", host);
    }

    private async Task<int> EraseAsync(HelperLog log, CancellationToken cancellationToken)
    {
        var text = await HelperInput.ReadAsync(input, "erase", cancellationToken);
        if (!RegistryAddress.TryGetHost(text.Trim(), out var host))
        {
            throw new InvalidDataException("erase expects a server URL on standard input");
        }

        return Drop(log, "erase", host);
    }

    private int Drop(HelperLog log, string action, string host)
    {
        if (Target(host, log.Directory) is not null || environment.GetBoolean(IgnoreStorageVariable) == true || environment.GetBoolean(GoHelperIgnoreStorageVariable) == true)
        {
            return ExitCodes.Ok;
        }

        return Fail(log, action,
            $"{action}: {host} is not an Amazon ECR registry or an alias of one, and this helper keeps no other credentials, so it would lose them. " +
            $"Give {host} another credential store (credHelpers in the Docker config), or set {GoHelperIgnoreStorageVariable}=true to accept and drop them.");
    }

    /// <summary>Each alias and each ECR host with a cached token, with user <c>AWS</c>; never a secret.</summary>
    private int List(HelperLog log)
    {
        var served = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var alias in RegistryAliases.Load(log.Directory, environment).Entries)
        {
            served[alias.Host] = "AWS";
        }

        if (log.Directory is { } folder)
        {
            foreach (var host in TokenCache.CachedHosts(folder))
            {
                served[host] = "AWS";
            }
        }

        return Answer(JsonSerializer.Serialize(new Dictionary<string, string>(served, StringComparer.Ordinal), HelperJsonContext.Default.DictionaryStringString));
    }
}
