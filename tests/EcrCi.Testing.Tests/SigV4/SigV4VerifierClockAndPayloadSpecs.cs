using System.Text;
using static EcrCi.Testing.Tests.VerifierSpecsFixture;

namespace EcrCi.Testing.Tests;

/// <summary>How the verifier checks signing times, bodies and scope dates.</summary>
public sealed class SigV4VerifierClockAndPayloadSpecs
{
    [Fact]
    public void Signature_older_than_15_minutes_has_expired()
    {
        var verdict = Verify(Sign(Request(), LongTerm, Now.AddMinutes(-16)));

        Assert.Equal("InvalidSignatureException", verdict.ErrorCode);
        Assert.Equal("Signature expired: 20251125T134400Z is now earlier than 20251125T134500Z (20251125T140000Z - 15 min.)", verdict.ErrorMessage);
    }

    [Fact]
    public void Signature_more_than_15_minutes_ahead_is_not_yet_current()
    {
        var verdict = Verify(Sign(Request(), LongTerm, Now.AddMinutes(16)));

        Assert.Equal("InvalidSignatureException", verdict.ErrorCode);
        Assert.StartsWith("Signature not yet current: 20251125T141600Z is still later than 20251125T141500Z", verdict.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-14)]
    [InlineData(14)]
    public void Signature_within_15_minutes_is_accepted(int minutes)
    {
        Assert.True(Verify(Sign(Request(), LongTerm, Now.AddMinutes(minutes))).IsValid);
    }

    [Fact]
    public void Changed_body_is_an_invalid_signature()
    {
        var signed = Sign(Request(), LongTerm) with { Body = Encoding.UTF8.GetBytes("""{"registryIds":["999999999999"]}""") };

        Assert.Equal("InvalidSignatureException", Verify(signed).ErrorCode);
    }

    [Fact]
    public void Declared_payload_hash_is_signed_instead_of_the_body()
    {
        var signed = Sign(Request().WithHeader("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD"), LongTerm) with { Body = Encoding.UTF8.GetBytes("anything") };

        var verdict = Verify(signed);

        Assert.True(verdict.IsValid, verdict.ErrorMessage);
        Assert.EndsWith("\nUNSIGNED-PAYLOAD", verdict.CanonicalRequest, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_payload_hash_that_differs_from_the_body_is_an_invalid_signature()
    {
        var request = Request().WithHeader("X-Amz-Content-Sha256", new string('a', 64));

        var verdict = Verify(Sign(request, LongTerm));

        Assert.Equal("InvalidSignatureException", verdict.ErrorCode);
        Assert.Contains("x-amz-content-sha256", verdict.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Scope_date_other_than_the_signing_date_is_an_invalid_signature()
    {
        var signed = Sign(Request(), LongTerm);
        var authorization = signed.HeaderValues("Authorization").Single().Replace("/20251125/", "/20251124/", StringComparison.Ordinal);

        var verdict = Verify(signed.WithHeader("Authorization", authorization));

        Assert.Equal("InvalidSignatureException", verdict.ErrorCode);
        Assert.StartsWith("Date in Credential scope does not match", verdict.ErrorMessage, StringComparison.Ordinal);
    }
}
