using EcrCi.Registries;
using EcrCi.Settings;

namespace EcrCi.Aws;

/// <summary>
/// The region for registries named by account id: the explicit option, then
/// <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, then the profile's <c>region</c>.
/// (A registry host always brings its own region.)
/// </summary>
internal static class RegionResolver
{
    public static string? Resolve(string? explicitRegion, AwsEnvironment environment, ProfileSettings profile)
    {
        if (explicitRegion is not null)
        {
            RegionName.Validate(explicitRegion);
            return explicitRegion;
        }

        foreach (var name in (string[])["AWS_REGION", "AWS_DEFAULT_REGION"])
        {
            if (environment.Get(name) is { } value)
            {
                return RegionName.IsValid(value)
                    ? value
                    : throw Errors.EcrLoginException.Input(nameof(EcrAuthOptions.Region), $"{name} is '{value}': expected a region name such as eu-west-1.");
            }
        }

        return profile.Region;
    }
}
