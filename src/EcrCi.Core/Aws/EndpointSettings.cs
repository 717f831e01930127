using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi.Aws;

/// <summary>
/// Where the AWS calls go: the standard endpoints, or an override, in the order the AWS SDKs
/// document: the option (ECR only), the service's variable (<c>AWS_ENDPOINT_URL_ECR</c>,
/// <c>AWS_ENDPOINT_URL_ECR_PUBLIC</c>, <c>AWS_ENDPOINT_URL_STS</c>), <c>AWS_ENDPOINT_URL</c>, the
/// profile's <c>services</c> section, the profile's <c>endpoint_url</c>; every configured one is
/// ignored when <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> (else the profile's
/// <c>ignore_configured_endpoint_urls</c>) is true. An AWS API endpoint
/// must be HTTPS: plain HTTP would carry signed requests, web identity tokens and registry
/// passwords in clear, so it is refused except to a loopback address or with
/// <c>ECR_LOGIN_ALLOW_HTTP=true</c>.
/// </summary>
internal sealed record EndpointSettings(Uri? PrivateOverride, Uri? PublicOverride, bool Fips, bool DualStack)
{
    /// <summary>The STS endpoint configured for role and identity calls, or null for the regional default.</summary>
    public Uri? StsOverride { get; init; }

    public static EndpointSettings From(AwsEnvironment environment, Uri? explicitEndpoint, bool fips, bool dualStack, Settings.ProfileSettings profile)
    {
        if (explicitEndpoint is not null)
        {
            RequireSecure(explicitEndpoint, "The endpoint URL", environment);
        }

        var ignore = environment.GetBoolean("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") ?? profile.IgnoreConfiguredEndpointUrls ?? false;
        Uri? Configured(string variable, string serviceKey) => ignore ? null
            : ParseVariable(environment, variable)
              ?? ParseVariable(environment, "AWS_ENDPOINT_URL")
              ?? (profile.EndpointUrl(serviceKey) is { } configured ? ParseEndpoint(configured.Url, configured.Source, environment) : null);

        return new EndpointSettings(explicitEndpoint ?? Configured("AWS_ENDPOINT_URL_ECR", "ecr"), explicitEndpoint ?? Configured("AWS_ENDPOINT_URL_ECR_PUBLIC", "ecr_public"), fips, dualStack)
        {
            StsOverride = Configured("AWS_ENDPOINT_URL_STS", "sts"),
        };
    }

    public Uri PrivateApi(string region, bool fips, bool dualStack) =>
        PrivateOverride ?? EcrEndpoints.PrivateApi(region, fips, dualStack);

    public Uri PublicApi(bool dualStack) => PublicOverride ?? EcrEndpoints.PublicApi(dualStack);

    /// <summary>The name of the variable that allows plain HTTP to any AWS API endpoint.</summary>
    public const string AllowHttpVariable = "ECR_LOGIN_ALLOW_HTTP";

    /// <summary>An endpoint named by <paramref name="source"/> (a variable's name), checked: absolute, HTTPS (or plain HTTP where allowed).</summary>
    public static Uri ParseEndpoint(string value, string source, AwsEnvironment environment)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            RequireSecure(uri, source, environment);
            return uri;
        }

        throw EcrLoginException.Input(nameof(EcrAuthOptions.EndpointUrl), $"{source} is '{value}': expected an absolute https:// URL.");
    }

    private static void RequireSecure(Uri uri, string source, AwsEnvironment environment)
    {
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && environment.GetBoolean(AllowHttpVariable) != true)
        {
            throw EcrLoginException.Input(nameof(EcrAuthOptions.EndpointUrl),
                $"{source} is a plain http:// URL to {uri.Host}: requests, identity tokens and registry passwords would travel in clear. Use https://, or set {AllowHttpVariable}=true to allow it (plain HTTP is always allowed to a loopback address).");
        }
    }

    private static Uri? ParseVariable(AwsEnvironment environment, string name) =>
        environment.Get(name) is { } value ? ParseEndpoint(value, name, environment) : null;
}
