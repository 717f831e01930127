namespace EcrCi.Testing;

/// <summary>
/// What <see cref="SigV4Verifier"/> found: either a valid signature (with who signed, for
/// which region and service, and when) or an AWS error code and message. The scope fields
/// are filled whenever the <c>Authorization</c> header could be parsed, valid or not.
/// </summary>
public sealed record SigV4Verification
{
    internal SigV4Verification()
    {
    }

    /// <summary>Whether the signature is valid, current and made with a known key.</summary>
    public bool IsValid => ErrorCode is null;

    /// <summary>The AWS error code of a rejected request, such as <c>InvalidSignatureException</c>; <see langword="null"/> when valid.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The message AWS would send with <see cref="ErrorCode"/>; <see langword="null"/> when valid.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The access key id from the credential scope.</summary>
    public string? AccessKeyId { get; init; }

    /// <summary>The region from the credential scope.</summary>
    public string? Region { get; init; }

    /// <summary>The service from the credential scope.</summary>
    public string? Service { get; init; }

    /// <summary>The signing time from the <c>X-Amz-Date</c> header.</summary>
    public DateTimeOffset? SignedAt { get; init; }

    /// <summary>The canonical request the verifier built (step 1 of SigV4).</summary>
    public string? CanonicalRequest { get; init; }

    /// <summary>The string to sign the verifier built (step 2 of SigV4).</summary>
    public string? StringToSign { get; init; }

    internal SigV4Verification Fail(string code, string message) =>
        this with { ErrorCode = code, ErrorMessage = message };
}
