using System.Text.RegularExpressions;
using EcrCi.Errors;

namespace EcrCi.Registries;

/// <summary>Turns user input into a <see cref="RegistryReference"/>, or an error that says what is expected.</summary>
internal static partial class RegistryParser
{
    private const string Expected =
        "expected a 12-digit account id (123456789012), a registry host (123456789012.dkr.ecr.eu-west-1.amazonaws.com) or public.ecr.aws";

    public static RegistryReference Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim();
        if (text.Length == 0)
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.Registries), $"An empty registry was given: {Expected}.");
        }

        if (text.All(char.IsAsciiDigit))
        {
            return new RegistryReference(text, CheckAccountId(text, input), null, false, false, false);
        }

        var host = HostOf(text, input);
        if (host is EcrEndpoints.PublicRegistryHost)
        {
            return RegistryReference.Public with { Input = input };
        }

        if (host is EcrEndpoints.PublicDualStackRegistryHost)
        {
            return RegistryReference.Public with { Input = input, DualStack = true };
        }

        var match = PrivateHost().Match(host);
        if (match.Success)
        {
            var region = match.Groups["region"].Value;
            var suffix = match.Groups["suffix"].Value;
            var partition = EcrPartition.ForRegion(region);
            var dualStack = match.Groups["dual"].Success;
            var expectedSuffix = dualStack ? partition.DualStackRegistrySuffix : partition.DnsSuffix;
            if (!RegionName.IsValid(region) || !string.Equals(suffix, expectedSuffix, StringComparison.Ordinal))
            {
                throw EcrLoginException.Input(nameof(EcrAuthOptions.Registries),
                    $"'{input}' looks like an ECR host but its region '{region}' does not belong to '{suffix}': {Expected}.");
            }

            var account = CheckAccountId(match.Groups["account"].Value, input);
            return new RegistryReference(input, account, region, match.Groups["fips"].Success, dualStack, false);
        }

        throw EcrLoginException.Input(nameof(EcrAuthOptions.Registries), $"'{input}' is not an Amazon ECR registry: {Expected}.");
    }

    private static string CheckAccountId(string digits, string input)
    {
        if (digits.Length == 12)
        {
            return digits;
        }

        var hint = digits.Length == 11
            ? " It has 11 digits: if it came from YAML, a leading zero may have been dropped; quote the value ('012345678901')."
            : string.Empty;
        throw EcrLoginException.Input(nameof(EcrAuthOptions.Registries), $"'{input}' is not a valid AWS account id: expected exactly 12 digits.{hint}");
    }

    private static string HostOf(string text, string input)
    {
        if (!RegistryAddress.TryGetHost(text, out var host))
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.Registries), $"'{input}' is not an Amazon ECR registry: {Expected}.");
        }

        return host.Contains(':', StringComparison.Ordinal)
            ? throw EcrLoginException.Input(nameof(EcrAuthOptions.Registries), $"'{input}' is not an Amazon ECR registry (ECR hosts have no port or user part): {Expected}.")
            : host;
    }

    [GeneratedRegex(
        @"^(?<account>[0-9]+)\.(?:dkr\.ecr|(?<dual>dkr-ecr))(?<fips>-fips)?\.(?<region>[a-z0-9-]+)\.(?<suffix>[a-z0-9.-]+)\z",
        RegexOptions.CultureInvariant)]
    private static partial Regex PrivateHost();
}
