using EcrCi.Errors;

namespace EcrCi.Tokens;

/// <summary>Turns an AWS error answer into an actionable <see cref="EcrLoginException"/>.</summary>
internal static class AwsErrorTranslator
{
    public static EcrLoginException Translate(AwsError error, bool isPublic, string credentialSource, int attempts)
    {
        var (kind, advice) = error.Code switch
        {
            "AccessDeniedException" or "AccessDenied" => (EcrErrorKind.AccessDenied, isPublic
                ? "The identity needs ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken (on resource \"*\") to log in to ECR Public."
                : "The identity needs ecr:GetAuthorizationToken (on resource \"*\") in its IAM policy, plus ecr:BatchGetImage/ecr:GetDownloadUrlForLayer to pull and the ecr:*Upload*/ecr:PutImage actions to push."),
            "UnrecognizedClientException" or "InvalidClientTokenId" or "InvalidAccessKeyId" => (EcrErrorKind.InvalidCredentials,
                $"AWS does not recognise the access key (from {credentialSource}): check that it is active and belongs to this partition, and that a session token accompanies temporary keys."),
            _ when IsClockSkew(error) => (EcrErrorKind.ClockSkew,
                "The request was signed with a time too far from AWS's clock: synchronise this machine's clock (NTP) and retry."),
            "InvalidSignatureException" or "SignatureDoesNotMatch" => (EcrErrorKind.InvalidCredentials,
                $"The secret access key (from {credentialSource}) does not match the access key: check AWS_SECRET_ACCESS_KEY or the profile."),
            "ExpiredTokenException" or "ExpiredToken" or "TokenRefreshRequired" => (EcrErrorKind.ExpiredCredentials,
                $"The temporary AWS credentials (from {credentialSource}) have expired: obtain fresh ones (assume the role again) before this step."),
            "InvalidParameterException" => (EcrErrorKind.InvalidInput, "Check the registry ids: each must be a 12-digit account id."),
            _ when error.IsThrottling => (EcrErrorKind.Throttled,
                $"ECR kept throttling after {attempts} attempts: lower the rate of logins for this account and region (ECR allows about 20 token requests a second, after a burst of 200), use the token cache, or raise or drop the attempt cap (retry-attempts, AWS_MAX_ATTEMPTS, max_attempts) so that throttling is retried until the deadline."),
            _ when error.IsServerFault => (EcrErrorKind.ServiceUnavailable,
                $"ECR kept failing after {attempts} attempts: retry later or check the AWS Health Dashboard."),
            _ => (EcrErrorKind.ServiceError, "See ECR's message above."),
        };

        var api = isPublic ? "ecr-public:GetAuthorizationToken" : "ecr:GetAuthorizationToken";
        return new EcrLoginException(kind, $"{api} failed with {error.Code} (HTTP {(int)error.Status}): {error.Message}. {advice}")
        {
            AwsErrorCode = error.Code,
            Attempts = attempts,
        };
    }

    /// <summary>True when AWS refused the request because its signing time is too far from AWS's clock.</summary>
    public static bool IsClockSkew(AwsError error) => error.Code switch
    {
        "RequestExpired" or "RequestTimeTooSkewed" => true,
        "InvalidSignatureException" or "SignatureDoesNotMatch" => IsClockSkew(error.Message),
        _ => false,
    };

    private static bool IsClockSkew(string message) =>
        message.Contains("Signature expired", StringComparison.OrdinalIgnoreCase)
        || message.Contains("Signature not yet current", StringComparison.OrdinalIgnoreCase)
        || message.Contains("skew", StringComparison.OrdinalIgnoreCase);
}
