using Amazon.Runtime;
using Amazon.RuntimeDependencies;
using Amazon.SSO;
using Amazon.SSOOIDC;

namespace EcrCi.Aws;

/// <summary>
/// Hands AWSSDK.Core the SSO clients its SSO credentials need. The SDK finds them by reflection,
/// which a Native AOT binary cannot do, so there (and only there) they are registered up front.
/// STS is called directly by the core (see <see cref="Sts.StsCalls"/>), never through the SDK's chain.
/// A process whose runtime trust store is detached (<see cref="Tls.RuntimeTrustStore"/>) registers
/// them too, so that their connections validate as every other call does.
/// </summary>
internal static class AwsRuntimeDependencies
{
    private static int registered;

    public static void EnsureRegistered()
    {
        if ((System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported && !Tls.RuntimeTrustStore.Owned) || Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        GlobalRuntimeDependencyRegistry.Instance.RegisterSSOClient(context =>
        {
            var data = context.SSOClientContextData;
            var config = new AmazonSSOConfig { RegionEndpoint = data.Region, HttpClientFactory = new TrustedHttpClientFactory(null) };
            if (data.ProxySettings is { } proxy)
            {
                config.SetWebProxy(proxy);
            }

            // GetRoleCredentials is authorized by the SSO bearer token, not signed.
            return new AmazonSSOClient(new AnonymousAWSCredentials(), config);
        });
        GlobalRuntimeDependencyRegistry.Instance.RegisterSSOOIDCClient(context =>
        {
            var data = context.SSOOIDCClientContextData;
            var config = new AmazonSSOOIDCConfig { RegionEndpoint = data.Region, HttpClientFactory = new TrustedHttpClientFactory(null) };
            if (data.ProxySettings is { } proxy)
            {
                config.SetWebProxy(proxy);
            }

            return new AmazonSSOOIDCClient(new AnonymousAWSCredentials(), config);
        });
    }
}
