using System.Text.RegularExpressions;

namespace EcrCi.Registries;

/// <summary>Checks AWS region names.</summary>
internal static partial class RegionName
{
    /// <summary>True when <paramref name="region"/> is shaped like an AWS region (<c>eu-west-1</c>, <c>us-gov-west-1</c>).</summary>
    public static bool IsValid(string? region) => region is not null && Pattern().IsMatch(region);

    /// <summary>Throws an actionable error when <paramref name="region"/> is not shaped like an AWS region.</summary>
    /// <exception cref="Errors.EcrLoginException">The region is not valid.</exception>
    public static void Validate(string region)
    {
        if (!IsValid(region))
        {
            throw Errors.EcrLoginException.Input(nameof(EcrAuthOptions.Region),
                $"'{region}' is not an AWS region: expected a lower-case region name such as eu-west-1 or us-gov-west-1.");
        }
    }

    [GeneratedRegex(@"^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
