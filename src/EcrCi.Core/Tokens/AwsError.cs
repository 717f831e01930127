using System.Net;
using System.Text.Json;
using EcrCi.Json;

namespace EcrCi.Tokens;

/// <summary>An error answer of an AWS JSON API: its code, message and status.</summary>
internal sealed record AwsError(string Code, string Message, HttpStatusCode Status)
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "ThrottlingException", "Throttling", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    public bool IsThrottling => ThrottlingCodes.Contains(Code) || Status == HttpStatusCode.TooManyRequests;

    public bool IsServerFault => (int)Status >= 500 || Code is "ServerException" or "ServiceUnavailable" or "InternalFailure" or "InternalServerError";

    public bool IsRetryable => IsThrottling || IsServerFault;

    /// <summary>Reads the code from the header or the body (<c>__type</c> or <c>code</c>), trimming <c>ns#Code:uri</c> to <c>Code</c>.</summary>
    public static AwsError Read(HttpStatusCode status, string? headerCode, ReadOnlySpan<byte> body)
    {
        string? code = headerCode;
        string? message = null;
        try
        {
            if (JsonSerializer.Deserialize(body, CoreJsonContext.Default.AwsErrorJson) is { } error)
            {
                code ??= error.Type ?? error.Code;
                message = error.LowerMessage ?? error.UpperMessage;
            }
        }
        catch (JsonException)
        {
            // Not a JSON object (a proxy's HTML page, say): the status decides.
        }

        return new AwsError(Trim(code) ?? $"Http{(int)status}", message ?? $"HTTP {(int)status} {status}", status);
    }

    private static string? Trim(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var hash = code.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return (colon >= 0 ? code[..colon] : code).Trim();
    }
}
