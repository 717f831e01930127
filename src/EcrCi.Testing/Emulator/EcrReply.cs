using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace EcrCi.Testing;

/// <summary>An answer of the emulator: status, awsJson1_1 body and, for errors, the error type.</summary>
internal sealed record EcrReply(int Status, byte[] Body, string? ErrorType = null)
{
    public const string ContentType = "application/x-amz-json-1.1";

    public static EcrReply Error(int status, string code, string message) =>
        new(status, Json(writer =>
        {
            writer.WriteString("__type", code);
            writer.WriteString("message", message);
        }), code);

    public static EcrReply BadRequest(string code, string message) => Error(StatusCodes.Status400BadRequest, code, message);

    public static EcrReply Ok(Action<Utf8JsonWriter> write) => new(StatusCodes.Status200OK, Json(write));

    public static EcrReply Broken(string text) => new(StatusCodes.Status200OK, Encoding.UTF8.GetBytes(text));

    /// <summary>Epoch seconds with milliseconds, in the scientific notation AWS's JSON uses (<c>1.732626088772E9</c>).</summary>
    public static string EpochSeconds(DateTimeOffset time)
    {
        var mantissa = time.ToUnixTimeMilliseconds() / 1000m;
        var exponent = 0;
        for (; mantissa >= 10; exponent++)
            mantissa /= 10;
        return mantissa.ToString("0.0##############", CultureInfo.InvariantCulture) + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    public async Task WriteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = Status;
        response.ContentType = ContentType;
        response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        if (ErrorType is not null)
            response.Headers["X-Amzn-Errortype"] = ErrorType;
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, cancellationToken);
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
