using Amazon.SecurityToken;
using EcrCi.Errors;

namespace EcrCi.Aws.Sts;

/// <summary>What an STS refusal means and what to check, one sentence per error code.</summary>
internal static class StsErrors
{
    /// <summary>A refused <c>AssumeRoleWithWebIdentity</c>.</summary>
    public static EcrLoginException WebIdentity(AmazonSecurityTokenServiceException e, string roleArn, Hosts.CiHost host)
    {
        var (kind, advice) = e.ErrorCode switch
        {
            "AccessDenied" => (EcrErrorKind.AccessDenied, host.RoleTrustAdvice),
            "InvalidIdentityToken" or "IDPRejectedClaim" => (EcrErrorKind.InvalidCredentials,
                "The identity token was not accepted: check that the IAM OIDC provider exists for the token's issuer and that the audience is sts.amazonaws.com (or the one the provider lists)."),
            "ExpiredTokenException" => (EcrErrorKind.ExpiredCredentials, "The identity token expired before it was used: request a fresh one."),
            _ => Common(e.ErrorCode),
        };
        return Build("AssumeRoleWithWebIdentity", roleArn, e, kind, advice);
    }

    /// <summary>A refused <c>AssumeRole</c> signed with the credentials of <paramref name="callerSource"/>.</summary>
    public static EcrLoginException AssumeRole(AmazonSecurityTokenServiceException e, string roleArn, string callerSource)
    {
        var (kind, advice) = e.ErrorCode switch
        {
            "AccessDenied" => (EcrErrorKind.AccessDenied,
                $"The credentials from {callerSource} may not assume the role: they need sts:AssumeRole on it, and the role's trust policy must trust them (and require the external id you give, if any)."),
            "InvalidClientTokenId" or "SignatureDoesNotMatch" or "IncompleteSignature" => (EcrErrorKind.InvalidCredentials,
                $"STS did not accept the credentials from {callerSource}: check the access key and secret key."),
            "ExpiredToken" or "ExpiredTokenException" => (EcrErrorKind.ExpiredCredentials, $"The credentials from {callerSource} have expired: refresh them."),
            _ => Common(e.ErrorCode),
        };
        return Build("AssumeRole", roleArn, e, kind, advice);
    }

    /// <summary>A refused <c>GetCallerIdentity</c>.</summary>
    public static EcrLoginException CallerIdentity(AmazonSecurityTokenServiceException e, string callerSource)
    {
        var (kind, advice) = e.ErrorCode switch
        {
            "InvalidClientTokenId" or "SignatureDoesNotMatch" or "IncompleteSignature" => (EcrErrorKind.InvalidCredentials,
                $"STS did not accept the credentials from {callerSource}: check the access key and secret key."),
            "ExpiredToken" or "ExpiredTokenException" => (EcrErrorKind.ExpiredCredentials, $"The credentials from {callerSource} have expired: refresh them."),
            _ => Common(e.ErrorCode),
        };
        return Build("GetCallerIdentity", null, e, kind, advice);
    }

    private static (EcrErrorKind, string) Common(string? code) => code switch
    {
        "ValidationError" => (EcrErrorKind.InvalidInput, "Check the role ARN, session name, duration (at most the role's maximum session duration) and session policies."),
        "MalformedPolicyDocument" or "PackedPolicyTooLarge" => (EcrErrorKind.InvalidInput, "Check the inline session policy (valid JSON policy grammar) and the managed session policies."),
        "RegionDisabledException" => (EcrErrorKind.AccessDenied, "STS is not activated in this region for the account: activate it in IAM (Account settings) or use another region."),
        _ => (EcrErrorKind.ServiceError, "See STS's message."),
    };

    private static EcrLoginException Build(string action, string? roleArn, AmazonSecurityTokenServiceException e, EcrErrorKind kind, string advice) =>
        new(kind, $"sts:{action}{(roleArn is null ? string.Empty : $" for {roleArn}")} failed with {e.ErrorCode}: {e.Message}. {advice}", e) { AwsErrorCode = e.ErrorCode };
}
