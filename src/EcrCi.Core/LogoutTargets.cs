using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi;

/// <summary>
/// Turns what a user names for a logout into registry hosts: an account id takes the region
/// chain and endpoint flags a login would; an ECR host or URL keeps its host; any other host
/// (a proxy endpoint or alias a login returned) is used as it is.
/// </summary>
internal static class LogoutTargets
{
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> registries, EcrAuthOptions options)
    {
        var environment = options.Environment ?? AwsEnvironment.Process;
        var endpoints = EndpointSettings.From(environment, options.EndpointUrl, options.UseFips, options.UseDualStack);
        string? region = null;
        var hosts = new List<string>();
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
                region ??= RegionResolver.Resolve(options.Region, environment, options.Profile);
            }

            hosts.Add(reference.Resolve(reference.Region is null ? region : options.Region, endpoints.Fips, endpoints.DualStack).Host);
        }

        return [.. hosts.Distinct(StringComparer.Ordinal)];
    }
}
