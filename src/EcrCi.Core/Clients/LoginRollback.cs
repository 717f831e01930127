using EcrCi.DockerConfig;
using EcrCi.Tokens;

namespace EcrCi.Clients;

/// <summary>
/// Undoes what the logins of a failed run stored: the config file's entries they wrote (see
/// <see cref="DockerConfigFile.Restore"/>), and the credentials that went to a credential store or
/// helper, erased through it. Says, in words for the error message, what was undone and what
/// could not be.
/// </summary>
internal static class LoginRollback
{
    /// <summary>What was done, or null when there was nothing to undo.</summary>
    public static async Task<string?> RunAsync(ContainerClient client, DockerConfigFile? config, IReadOnlyList<AuthorizationToken> tokens, IReadOnlyCollection<string> succeeded)
    {
        if (config is null)
        {
            return null;
        }

        var stores = config.StoresOf(tokens.Select(t => t.Host));
        var file = config.Restore(tokens, stores.Keys.ToHashSet(StringComparer.Ordinal));
        var done = new List<string>();
        if (file.Reverted.Count > 0)
        {
            done.Add($"put the {config.FilePath} entries of {Join(file.Reverted)} back as they were");
        }

        if (file.Kept.Count > 0)
        {
            done.Add($"kept the entries of {Join(file.Kept)}, which another writer changed meanwhile");
        }

        if (file.Problem is { } problem)
        {
            done.Add(file.Left.Count > 0 ? $"{problem}: it still holds the entries of {Join(file.Left)}" : problem);
        }

        foreach (var host in tokens.Select(t => t.Host).Distinct(StringComparer.Ordinal).Where(succeeded.Contains))
        {
            if (stores.TryGetValue(host, out var store))
            {
                var failure = await CredentialStoreErase.RunAsync(client, store, host);
                done.Add(failure is null
                    ? $"erased the credentials of {host} from docker-credential-{store}"
                    : $"could not erase the credentials of {host} from docker-credential-{store} ({failure}): it still holds them");
            }
        }

        return done.Count == 0 ? null : string.Join("; ", done);
    }

    private static string Join(IEnumerable<string> hosts) => string.Join(", ", hosts);
}
