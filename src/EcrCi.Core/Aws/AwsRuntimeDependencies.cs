using Amazon.Runtime;
using Amazon.RuntimeDependencies;
using Amazon.SecurityToken;

namespace EcrCi.Aws;

/// <summary>
/// Hands AWSSDK.Core the STS client it needs for web identity and assumed-role credentials.
/// The SDK finds STS by reflection, which a Native AOT binary cannot do, so there (and only
/// there) the client is registered up front. Role chaining from a profile signs its STS call
/// with source credentials the factory cannot see, so a native binary refuses it clearly.
/// </summary>
internal static class AwsRuntimeDependencies
{
    private static int registered;

    public static void EnsureRegistered()
    {
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported || Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        GlobalRuntimeDependencyRegistry.Instance.RegisterSecurityTokenServiceClient(context =>
        {
            var data = context.SecurityTokenServiceClientContextData;
            if (data.Action != SecurityTokenServiceClientContext.ActionContext.AssumeRoleWithWebIdentityCredentials)
            {
                throw new Errors.EcrLoginException(Errors.EcrErrorKind.NoCredentials,
                    "The native ecr-login binary supports web identity roles but not profiles that chain roles (role_arn with source_profile): export the role's credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) or use the .NET tool.");
            }

            var config = new AmazonSecurityTokenServiceConfig { RegionEndpoint = data.Region ?? Amazon.RegionEndpoint.USEast1 };
            if (data.ProxySettings is { } proxy)
            {
                config.SetWebProxy(proxy);
            }

            // AssumeRoleWithWebIdentity is an unsigned call.
            return new AmazonSecurityTokenServiceClient(new AnonymousAWSCredentials(), config);
        });
    }
}
