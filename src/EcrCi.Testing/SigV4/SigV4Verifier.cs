using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EcrCi.Testing;

/// <summary>
/// Verifies AWS Signature Version 4 <c>Authorization</c> headers the way an AWS front end
/// does, written independently of any AWS SDK and proved against the official test vectors.
/// Rejections carry AWS's error codes and message shapes.
/// </summary>
/// <param name="credentials">Finds the credential of an access key id; <see langword="null"/> for an unknown key.</param>
/// <param name="clock">The clock that signing times are checked against; the system clock when <see langword="null"/>.</param>
public sealed class SigV4Verifier(Func<string, SigV4Credential?> credentials, TimeProvider? clock = null)
{
    /// <summary>How far a signing time may be from the verifier's clock, either way (15 minutes, as at AWS).</summary>
    public static TimeSpan MaxClockSkew { get; } = TimeSpan.FromMinutes(15);

    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>Checks the signature of <paramref name="request"/>.</summary>
    /// <param name="request">The request as received.</param>
    /// <returns>The verdict, with the canonical request and string to sign whenever they could be built.</returns>
    public SigV4Verification Verify(SigV4Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.HeaderValues("Authorization").ToList();
        if (headers.Count != 1)
            return Incomplete(headers.Count == 0 ? "Missing Authentication Token" : "Only one Authorization header may be sent.");

        var authorization = SigV4Authorization.Parse(headers[0].Trim(), out var parseError);
        if (authorization is null)
            return Incomplete(parseError!);

        var scoped = new SigV4Verification
        {
            AccessKeyId = authorization.AccessKeyId,
            Region = authorization.Region,
            Service = authorization.Service,
        };
        var amzDate = request.HeaderValues("X-Amz-Date").FirstOrDefault()?.Trim();
        if (amzDate is null)
            return scoped.Fail(Codes.Incomplete, $"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization={headers[0]}");
        if (!DateTimeOffset.TryParseExact(amzDate, SigV4Canonical.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
            return scoped.Fail(Codes.Incomplete, $"Date must be in ISO-8601 'basic format'. Got '{amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601");
        if (!authorization.SignedHeaders.Contains("host"))
            return scoped.Fail(Codes.Incomplete, "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");

        var canonicalRequest = SigV4Canonical.CanonicalRequest(request, authorization.SignedHeaders);
        var stringToSign = SigV4Canonical.StringToSign(amzDate, authorization.Scope, canonicalRequest);
        var built = scoped with { SignedAt = signedAt, CanonicalRequest = canonicalRequest, StringToSign = stringToSign };
        return Check(request, authorization, built, amzDate) ?? built;
    }

    private SigV4Verification? Check(SigV4Request request, SigV4Authorization authorization, SigV4Verification built, string amzDate)
    {
        if (authorization.Date != amzDate[..8])
            return built.Fail(Codes.InvalidSignature, $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{authorization.Date}' != '{amzDate[..8]}', from '{amzDate}'.");

        var credential = credentials(authorization.AccessKeyId);
        if (credential is null || !SessionTokenMatches(credential, request.HeaderValues("X-Amz-Security-Token").ToList()))
            return built.Fail(Codes.UnrecognizedClient, "The security token included in the request is invalid.");

        var skew = CheckClock(built.SignedAt!.Value, amzDate);
        if (skew is not null)
            return built.Fail(Codes.InvalidSignature, skew);

        var declaredHash = request.HeaderValues("x-amz-content-sha256").FirstOrDefault()?.Trim();
        if (declaredHash is { Length: 64 } && declaredHash.All(char.IsAsciiHexDigit)
            && !string.Equals(declaredHash, SigV4Canonical.BodyHash(request), StringComparison.OrdinalIgnoreCase))
            return built.Fail(Codes.InvalidSignature, "The provided 'x-amz-content-sha256' header does not match what was computed.");

        var expected = SigV4Canonical.Signature(credential.SecretAccessKey, authorization.Scope, built.StringToSign!);
        if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(authorization.Signature)))
            return null;

        return built.Fail(Codes.InvalidSignature,
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n"
            + $"The Canonical String for this request should have been\n'{built.CanonicalRequest}'\n\n"
            + $"The String-to-Sign should have been\n'{built.StringToSign}'\n");
    }

    private static bool SessionTokenMatches(SigV4Credential credential, List<string> sent)
    {
        if (credential.SessionToken is null)
            return sent.Count == 0;
        return sent.Count == 1 && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(sent[0].Trim()), Encoding.UTF8.GetBytes(credential.SessionToken));
    }

    private string? CheckClock(DateTimeOffset signedAt, string amzDate)
    {
        var now = clock.GetUtcNow();
        var nowText = SigV4Canonical.FormatDate(now);
        if (signedAt < now - MaxClockSkew)
            return $"Signature expired: {amzDate} is now earlier than {SigV4Canonical.FormatDate(now - MaxClockSkew)} ({nowText} - 15 min.)";
        if (signedAt > now + MaxClockSkew)
            return $"Signature not yet current: {amzDate} is still later than {SigV4Canonical.FormatDate(now + MaxClockSkew)} ({nowText} + 15 min.)";
        return null;
    }

    private static SigV4Verification Incomplete(string message) => new SigV4Verification().Fail(Codes.Incomplete, message);

    private static class Codes
    {
        public const string Incomplete = "IncompleteSignatureException";
        public const string InvalidSignature = "InvalidSignatureException";
        public const string UnrecognizedClient = "UnrecognizedClientException";
    }
}
