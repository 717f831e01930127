using System.Text.Json;
using Amazon.Runtime;

namespace EcrCi.Errors;

/// <summary>
/// Turns what the core's dependencies can throw besides <see cref="EcrLoginException"/> (an AWS
/// SDK exception, an HTTP or JSON failure from an identity request, a file error) into an
/// <see cref="EcrLoginException"/> with a kind and the operation's redaction, so no front end
/// prints a stack trace or an unredacted message. An answer that could not be read is
/// described by its status only: the SDK's message can carry the response body.
/// </summary>
internal static class UnexpectedFailure
{
    /// <summary>True for what must not be wrapped: cancellation, and argument errors of the public API.</summary>
    public static bool PassesThrough(Exception e) => e is EcrLoginException or OperationCanceledException or ArgumentException;

    public static EcrLoginException Wrap(Exception e, Secrets.Redactor redactor)
    {
        var (kind, message) = e switch
        {
            AmazonUnmarshallingException u => (EcrErrorKind.MalformedResponse,
                $"An AWS answer (HTTP {(int)u.StatusCode}) could not be read; its body is not shown, as it may hold credentials."),
            AmazonServiceException s => (EcrErrorKind.ServiceError, $"AWS answered {s.ErrorCode ?? s.StatusCode.ToString()}: {s.Message}"),
            ProcessAWSCredentialException p => (EcrErrorKind.InvalidCredentials, $"The profile's credential_process failed: {p.Message}"),
            AmazonClientException c => (EcrErrorKind.Network, $"An AWS call failed: {c.Message}"),
            HttpRequestException h => (EcrErrorKind.Network, $"A request failed: {h.Message}"),
            JsonException => (EcrErrorKind.MalformedResponse, "An answer was not the JSON expected; it is not shown, as it may hold credentials."),
            TimeoutException t => (EcrErrorKind.Timeout, $"An operation timed out: {t.Message}"),
            IOException or UnauthorizedAccessException => (EcrErrorKind.InvalidInput, $"A file could not be used: {e.Message}"),
            _ => (EcrErrorKind.ServiceError, $"ecr-login failed unexpectedly ({e.GetType().Name}): {e.Message}"),
        };
        // An unreadable answer's own text (and so its ToString) may hold the body: not kept.
        var inner = e is AmazonUnmarshallingException or JsonException ? null : e;
        return new EcrLoginException(kind, message, inner)
        {
            Redaction = redactor,
            AwsErrorCode = (e as AmazonServiceException)?.ErrorCode,
        };
    }
}
