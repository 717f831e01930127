namespace EcrCi.Testing.Tests;

/// <summary>The verifier and the test signer against every case of the official SigV4 test suite.</summary>
public sealed class SigV4VectorSpecs
{
    public static TheoryData<string> Cases => SigV4Vectors.All();

    public static TheoryData<string> SignedRequestCases => SigV4Vectors.AllButTheDefectiveSignedRequest();

    [Fact]
    public void Every_case_folder_of_the_suite_is_found()
    {
        var requestFiles = Directory.EnumerateFiles(SigV4Vectors.Root.FullName, "*.req", SearchOption.AllDirectories).Count();

        Assert.True(requestFiles > 0, "the suite holds no .req file");
        Assert.Equal(requestFiles, SigV4Vectors.Names.Count);
        Assert.Contains("normalize-path/get-slash", SigV4Vectors.Names);
        Assert.Contains("post-sts-token/post-sts-header-before", SigV4Vectors.Names);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Canonical_request_matches_every_official_vector(string name)
    {
        var vector = SigV4Vectors.Load(name);

        var verdict = vector.Verifier().Verify(vector.RequestWithAuthorization);

        Assert.Equal(vector.CanonicalRequest, verdict.CanonicalRequest);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void String_to_sign_matches_every_official_vector(string name)
    {
        var vector = SigV4Vectors.Load(name);

        var verdict = vector.Verifier().Verify(vector.RequestWithAuthorization);

        Assert.Equal(vector.StringToSign, verdict.StringToSign);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verifier_accepts_every_official_vector(string name)
    {
        var vector = SigV4Vectors.Load(name);

        var verdict = vector.Verifier().Verify(vector.RequestWithAuthorization);

        Assert.True(verdict.IsValid, $"{verdict.ErrorCode}: {verdict.ErrorMessage}");
        Assert.Equal(SigV4Vectors.AccessKeyId, verdict.AccessKeyId);
        Assert.Equal(SigV4Vectors.Region, verdict.Region);
        Assert.Equal(SigV4Vectors.Service, verdict.Service);
        Assert.Equal(SigV4Vectors.Time, verdict.SignedAt);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verifier_rejects_every_official_vector_with_a_changed_signature(string name)
    {
        var vector = SigV4Vectors.Load(name);
        var last = vector.Authorization[^1];
        var tampered = vector.RequestWithAuthorization.WithHeader("Authorization", vector.Authorization[..^1] + (last == '0' ? '1' : '0'));

        var verdict = vector.Verifier().Verify(tampered);

        Assert.Equal("InvalidSignatureException", verdict.ErrorCode);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Signer_reproduces_every_official_authorization_header(string name)
    {
        var vector = SigV4Vectors.Load(name);
        var signer = new SigV4TestSigner(vector.Credential, SigV4Vectors.Region, SigV4Vectors.Service);

        var signed = signer.Sign(vector.Request, SigV4Vectors.Time, vector.SignedHeaders);

        Assert.Equal(vector.Authorization, Assert.Single(signed.HeaderValues("Authorization")));
    }

    [Theory]
    [MemberData(nameof(SignedRequestCases))]
    public void Verifier_accepts_every_official_signed_request(string name)
    {
        var vector = SigV4Vectors.Load(name);

        var verdict = vector.Verifier().Verify(vector.SignedRequest);

        Assert.True(verdict.IsValid, $"{verdict.ErrorCode}: {verdict.ErrorMessage}");
        Assert.Equal(vector.CanonicalRequest, verdict.CanonicalRequest);
    }
}
