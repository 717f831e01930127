using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Registries;
using EcrCi.Settings;

namespace EcrCi;

/// <summary>
/// Turns what a user names for a logout into registry hosts: an account id takes the region
/// chain and endpoint flags a login would; an ECR host or URL keeps its host; any other host
/// (a proxy endpoint or alias a login returned) is used as it is.
/// </summary>
internal static class LogoutTargets
{
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> registries, EffectiveSettings settings)
    {
        var options = settings.Options;
        var endpoints = settings.Endpoints;
        string? region = null;
        var hosts = new List<string>();
        if (!registries.Any(r => !string.IsNullOrWhiteSpace(r)))
        {
            return options.Public
                ? [RegistryReference.Public.Resolve(null, dualStack: endpoints.DualStack).Host]
                : throw EcrLoginException.Input(nameof(EcrAuthOptions.Registries),
                    "A logout needs the registries to log out of, and none were given: name them, for example the hosts the login returned (Tokens[i].Host).");
        }

        foreach (var entry in registries.Select(r => r.Trim()).Where(r => r.Length > 0))
        {
            RegistryReference reference;
            try
            {
                reference = RegistryReference.Parse(entry);
            }
            catch (EcrLoginException) when (!entry.All(char.IsAsciiDigit) && RegistryAddress.TryGetHost(entry, out var host))
            {
                hosts.Add(host);
                continue;
            }

            if (reference.Region is null && !reference.IsPublic)
            {
                region ??= RegionResolver.Resolve(options.Region, settings.Environment, settings.Profile);
            }

            hosts.Add(reference.Resolve(reference.Region is null ? region : options.Region, endpoints.Fips, endpoints.DualStack).Host);
        }

        return [.. hosts.Distinct(StringComparer.Ordinal)];
    }
}
