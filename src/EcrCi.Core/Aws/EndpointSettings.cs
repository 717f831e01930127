using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi.Aws;

/// <summary>
/// Where the token calls go: the standard ECR endpoints, or an override from the option or
/// from <c>AWS_ENDPOINT_URL_ECR</c>, <c>AWS_ENDPOINT_URL_ECR_PUBLIC</c>, <c>AWS_ENDPOINT_URL</c>
/// (all ignored when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> is true).
/// </summary>
internal sealed record EndpointSettings(Uri? PrivateOverride, Uri? PublicOverride, bool Fips, bool DualStack)
{
    public static EndpointSettings From(AwsEnvironment environment, Uri? explicitEndpoint, bool fips, bool dualStack)
    {
        var ignore = environment.GetBoolean("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") ?? false;
        var shared = ignore ? null : ParseVariable(environment, "AWS_ENDPOINT_URL");
        var privateOverride = explicitEndpoint ?? (ignore ? null : ParseVariable(environment, "AWS_ENDPOINT_URL_ECR")) ?? shared;
        var publicOverride = explicitEndpoint ?? (ignore ? null : ParseVariable(environment, "AWS_ENDPOINT_URL_ECR_PUBLIC")) ?? shared;
        return new EndpointSettings(privateOverride, publicOverride, fips, dualStack);
    }

    public Uri PrivateApi(string region, bool fips, bool dualStack) =>
        PrivateOverride ?? EcrEndpoints.PrivateApi(region, fips, dualStack);

    public Uri PublicApi(bool dualStack) => PublicOverride ?? EcrEndpoints.PublicApi(dualStack);

    public static Uri ParseEndpoint(string value, string source)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        throw EcrLoginException.Input(nameof(EcrAuthOptions.EndpointUrl), $"{source} is '{value}': expected an absolute http:// or https:// URL.");
    }

    private static Uri? ParseVariable(AwsEnvironment environment, string name) =>
        environment.Get(name) is { } value ? ParseEndpoint(value, name) : null;
}
