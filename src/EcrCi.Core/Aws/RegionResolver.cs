using Amazon.Runtime.CredentialManagement;
using EcrCi.Registries;

namespace EcrCi.Aws;

/// <summary>
/// The region for registries named by account id: the explicit option, then
/// <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, then the profile's <c>region</c>.
/// (A registry host always brings its own region.)
/// </summary>
internal static class RegionResolver
{
    public static string? Resolve(string? explicitRegion, AwsEnvironment environment, string? profileName)
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
                    : throw Errors.EcrLoginException.Input($"{name} is '{value}': expected a region name such as eu-west-1.");
            }
        }

        return FromProfile(profileName ?? environment.Get("AWS_PROFILE") ?? "default");
    }

    private static string? FromProfile(string profileName)
    {
        try
        {
            return new CredentialProfileStoreChain().TryGetProfile(profileName, out var profile) ? profile.Region?.SystemName : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }
}
