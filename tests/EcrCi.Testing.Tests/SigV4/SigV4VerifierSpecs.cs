using static EcrCi.Testing.Tests.VerifierSpecsFixture;

namespace EcrCi.Testing.Tests;

/// <summary>How the verifier treats headers and credentials, with AWS's codes and wording.</summary>
public sealed class SigV4VerifierSpecs
{
    [Fact]
    public void Verifier_accepts_a_request_signed_by_the_test_signer()
    {
        var verdict = Verify(Sign(Request(), LongTerm));

        Assert.True(verdict.IsValid, verdict.ErrorMessage);
        Assert.Equal(("AKIAEXAMPLE1", "eu-west-1", "ecr"), (verdict.AccessKeyId, verdict.Region, verdict.Service));
    }

    [Fact]
    public void Missing_authorization_header_is_an_incomplete_signature()
    {
        var verdict = Verify(Request());

        Assert.Equal("IncompleteSignatureException", verdict.ErrorCode);
    }

    [Theory]
    [InlineData("AWS4-HMAC-SHA1 Credential=AKIAEXAMPLE1/20251125/eu-west-1/ecr/aws4_request, SignedHeaders=host, Signature=00", "Unsupported AWS 'algorithm'")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE1/20251125/eu-west-1/ecr/aws4_request, SignedHeaders=host", "requires 'Signature' parameter")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE1/20251125/eu-west-1/aws4_request, SignedHeaders=host, Signature=00", "exactly 5 slash-delimited elements")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE1/20251125/eu-west-1/ecr/aws5_request, SignedHeaders=host, Signature=00", "valid terminator")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE1/20251125/eu-west-1/ecr/aws4_request, SignedHeaders=x-amz-date, Signature=00", "'Host' or ':authority' must be a 'SignedHeader'")]
    public void Malformed_authorization_header_is_an_incomplete_signature(string header, string expected)
    {
        var verdict = Verify(Request().WithHeader("X-Amz-Date", "20251125T140000Z").WithHeader("Authorization", header));

        Assert.Equal("IncompleteSignatureException", verdict.ErrorCode);
        Assert.Contains(expected, verdict.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_access_key_is_an_unrecognized_client()
    {
        var verdict = Verify(Sign(Request(), new SigV4Credential("AKIAUNKNOWN", "secret-one")));

        Assert.Equal("UnrecognizedClientException", verdict.ErrorCode);
        Assert.Equal("The security token included in the request is invalid.", verdict.ErrorMessage);
    }

    [Fact]
    public void Wrong_secret_is_an_invalid_signature_that_shows_the_expected_canonical_request()
    {
        var verdict = Verify(Sign(Request(), LongTerm with { SecretAccessKey = "wrong" }));

        Assert.Equal("InvalidSignatureException", verdict.ErrorCode);
        Assert.StartsWith("The request signature we calculated does not match the signature you provided.", verdict.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(verdict.CanonicalRequest!, verdict.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-one", verdict.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Temporary_credentials_are_accepted_with_their_session_token()
    {
        var signed = Sign(Request(), Temporary);

        Assert.Equal("session-two", Assert.Single(signed.HeaderValues("X-Amz-Security-Token")));
        Assert.True(Verify(signed).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("session-other")]
    public void Temporary_credentials_without_their_session_token_are_an_unrecognized_client(string? token)
    {
        var signed = Sign(Request(), Temporary with { SessionToken = token });

        var verdict = Verify(signed);

        Assert.Equal("UnrecognizedClientException", verdict.ErrorCode);
        Assert.Equal("The security token included in the request is invalid.", verdict.ErrorMessage);
    }

    [Fact]
    public void Session_token_sent_with_long_term_keys_is_an_unrecognized_client()
    {
        var verdict = Verify(Sign(Request(), LongTerm with { SessionToken = "session-stray" }));

        Assert.Equal("UnrecognizedClientException", verdict.ErrorCode);
    }

    [Fact]
    public void Credential_text_never_shows_the_secret_or_the_token()
    {
        var text = Temporary.ToString();

        Assert.Contains("ASIAEXAMPLE2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-two", text, StringComparison.Ordinal);
        Assert.DoesNotContain("session-two", text, StringComparison.Ordinal);
    }
}
