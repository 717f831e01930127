using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcrCi.Testing;

/// <summary>
/// The SigV4 canonicalization and key derivation, shared by <see cref="SigV4Verifier"/> and
/// <see cref="SigV4TestSigner"/>, written from the published algorithm (not from an SDK).
/// </summary>
internal static class SigV4Canonical
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string Terminator = "aws4_request";
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string FormatDate(DateTimeOffset time) =>
        time.ToUniversalTime().ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Scope(string date, string region, string service) =>
        $"{date}/{region}/{service}/{Terminator}";

    public static string CanonicalRequest(SigV4Request request, IReadOnlyList<string> signedHeaders) =>
        string.Join('\n',
            request.Method.ToUpperInvariant(),
            SigV4Encoding.CanonicalPath(request.Path),
            SigV4Encoding.CanonicalQuery(request.Query),
            CanonicalHeaders(request, signedHeaders),
            string.Join(';', signedHeaders),
            PayloadHash(request));

    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        string.Join('\n', Algorithm, amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

    public static string Signature(string secretAccessKey, string scope, string stringToSign)
    {
        var key = Encoding.UTF8.GetBytes("AWS4" + secretAccessKey);
        foreach (var part in scope.Split('/'))
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>The <c>x-amz-content-sha256</c> header when present, else the hex SHA-256 of the body.</summary>
    public static string PayloadHash(SigV4Request request) =>
        request.HeaderValues("x-amz-content-sha256").FirstOrDefault()?.Trim() ?? BodyHash(request);

    public static string BodyHash(SigV4Request request) => Hex(SHA256.HashData(request.Body.Span));

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>One <c>name:values\n</c> line per signed header; repeated headers joined by commas in arrival order.</summary>
    private static string CanonicalHeaders(SigV4Request request, IReadOnlyList<string> signedHeaders)
    {
        var builder = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            builder.Append(name).Append(':')
                .AppendJoin(',', request.HeaderValues(name).Select(NormalizeHeaderValue))
                .Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Trims the value and collapses every run of whitespace inside it to one space.</summary>
    private static string NormalizeHeaderValue(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.AsSpan().Trim())
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
