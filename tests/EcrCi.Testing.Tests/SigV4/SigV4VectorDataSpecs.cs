namespace EcrCi.Testing.Tests;

/// <summary>What the suite's data says about itself, including its known defect.</summary>
public sealed class SigV4VectorDataSpecs
{
    [Fact]
    public void Verifier_rejects_the_defective_signed_request_of_the_session_token_case()
    {
        var vector = SigV4Vectors.Load(SigV4Vectors.DefectiveSignedRequestCase);
        var vanilla = SigV4Vectors.Load("get-vanilla");

        var verdict = vector.Verifier().Verify(vector.SignedRequest);

        Assert.Equal("InvalidSignatureException", verdict.ErrorCode);
        Assert.Equal(vector.CanonicalRequest, verdict.CanonicalRequest);
        Assert.Equal(Signature(vanilla.Authorization), Signature(vector.SignedRequest.HeaderValues("Authorization").Single()));
        Assert.NotEqual(Signature(vanilla.Authorization), Signature(vector.Authorization));
    }

    [Fact]
    public void Session_token_cases_carry_the_tokens_their_readmes_give()
    {
        var stsReadme = File.ReadAllLines(Path.Combine(SigV4Vectors.Root.FullName, "post-sts-token", "readme.txt"));
        var stsToken = stsReadme.Last(line => line.Length > 0).Trim();

        Assert.Equal(SigV4Vectors.ReadmeSessionToken, SigV4Vectors.Load(SigV4Vectors.DefectiveSignedRequestCase).SessionToken);
        Assert.Equal(stsToken, SigV4Vectors.Load("post-sts-token/post-sts-header-before").SessionToken);
        Assert.Equal(stsToken, SigV4Vectors.Load("post-sts-token/post-sts-header-after").SessionToken);
    }

    [Fact]
    public void Token_added_after_signing_is_not_part_of_the_canonical_request()
    {
        var after = SigV4Vectors.Load("post-sts-token/post-sts-header-after");
        var vanilla = SigV4Vectors.Load("post-vanilla");

        Assert.Equal(vanilla.CanonicalRequest, after.CanonicalRequest);
        Assert.True(after.Verifier().Verify(after.SignedRequest).IsValid);
    }

    [Fact]
    public void Verifier_refuses_a_session_token_case_without_its_token()
    {
        var vector = SigV4Vectors.Load("post-sts-token/post-sts-header-after");
        var withoutToken = vector.SignedRequest with
        {
            Headers = [.. vector.SignedRequest.Headers.Where(h => h.Key != "X-Amz-Security-Token")],
        };

        var verdict = vector.Verifier().Verify(withoutToken);

        Assert.Equal("UnrecognizedClientException", verdict.ErrorCode);
    }

    private static string Signature(string authorization) => authorization.Split("Signature=")[1];
}
