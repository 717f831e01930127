using System.Net;
using System.Text;
using EcrCi.Errors;
using EcrCi.Tokens;

namespace EcrCi.Tests.Tokens;

public class AwsErrorSpecs
{
    [Theory]
    [InlineData(null, """{"__type":"com.amazonaws.ecr#AccessDeniedException:http://internal","message":"no"}""", "AccessDeniedException", "no")]
    [InlineData("ThrottlingException:http://x", """{"message":"slow down"}""", "ThrottlingException", "slow down")]
    [InlineData(null, """{"code":"ExpiredTokenException","Message":"expired"}""", "ExpiredTokenException", "expired")]
    [InlineData(null, "<html>bad gateway</html>", "Http502", "HTTP 502 BadGateway")]
    public void The_code_and_message_come_from_header_or_body(string? header, string body, string code, string message)
    {
        var error = AwsError.Read(HttpStatusCode.BadGateway, header, Encoding.UTF8.GetBytes(body));

        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("ThrottlingException", 400, true)]
    [InlineData("TooManyRequestsException", 400, true)]
    [InlineData("ServerException", 500, true)]
    [InlineData("ServiceUnavailable", 503, true)]
    [InlineData("AccessDeniedException", 400, false)]
    [InlineData("UnrecognizedClientException", 400, false)]
    [InlineData("InvalidSignatureException", 400, false)]
    [InlineData("ExpiredTokenException", 400, false)]
    public void Only_throttling_and_server_faults_are_retried(string code, int status, bool retryable)
    {
        Assert.Equal(retryable, new AwsError(code, "m", (HttpStatusCode)status).IsRetryable);
    }

    [Theory]
    [InlineData("AccessDeniedException", "Signature", false, EcrErrorKind.AccessDenied, "ecr:GetAuthorizationToken")]
    [InlineData("AccessDeniedException", "x", true, EcrErrorKind.AccessDenied, "sts:GetServiceBearerToken")]
    [InlineData("UnrecognizedClientException", "x", false, EcrErrorKind.InvalidCredentials, "does not recognise the access key")]
    [InlineData("InvalidSignatureException", "The request signature we calculated does not match", false, EcrErrorKind.InvalidCredentials, "AWS_SECRET_ACCESS_KEY")]
    [InlineData("InvalidSignatureException", "Signature expired: 20260101T000000Z is now earlier than 20260101T001500Z", false, EcrErrorKind.ClockSkew, "clock")]
    [InlineData("ExpiredTokenException", "x", false, EcrErrorKind.ExpiredCredentials, "have expired")]
    [InlineData("ThrottlingException", "x", false, EcrErrorKind.Throttled, "after 5 attempts")]
    [InlineData("ServerException", "x", false, EcrErrorKind.ServiceUnavailable, "after 5 attempts")]
    public void Each_error_says_what_to_fix(string code, string message, bool isPublic, EcrErrorKind kind, string advice)
    {
        var error = AwsErrorTranslator.Translate(new AwsError(code, message, HttpStatusCode.BadRequest), isPublic, "environment variables", 5);

        Assert.Equal(kind, error.Kind);
        Assert.Equal(code, error.AwsErrorCode);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
