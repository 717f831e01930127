namespace EcrCi.Testing.Tests;

/// <summary>
/// The official SigV4 test suite in <c>shared/testdata/sigv4</c>, read where it lies (nothing is
/// copied into the repository). A case is a folder holding <c>name/name.req</c>; nested folders
/// (<c>normalize-path/get-slash</c>) count too.
/// </summary>
internal static class SigV4Vectors
{
    public const string AccessKeyId = "AKIDEXAMPLE";
    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string Region = "us-east-1";
    public const string Service = "service";

    /// <summary>The session token the suite's README gives.</summary>
    public const string ReadmeSessionToken = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";

    /// <summary>The case whose <c>.sreq</c> carries get-vanilla's signature (a defect the README names).</summary>
    public const string DefectiveSignedRequestCase = "get-vanilla-with-session-token";

    public static readonly DateTimeOffset Time = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    public static DirectoryInfo Root => TestEnvironment.RequireSharedFolder(Path.Combine("testdata", "sigv4"));

    public static IReadOnlyList<string> Names =>
    [
        .. Directory.EnumerateFiles(Root.FullName, "*.req", SearchOption.AllDirectories)
            .Where(file => Path.GetFileNameWithoutExtension(file) == Path.GetFileName(Path.GetDirectoryName(file)))
            .Select(file => Path.GetRelativePath(Root.FullName, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    public static SigV4Vector Load(string name)
    {
        var folder = Path.Combine(Root.FullName, name);
        string Read(string extension) => File.ReadAllText(Path.Combine(folder, $"{Path.GetFileName(folder)}.{extension}"));
        SigV4Request Parse(string extension) => HttpRequestFile.Parse(Path.Combine(folder, $"{Path.GetFileName(folder)}.{extension}"));

        var signed = Parse("sreq");
        return new SigV4Vector(
            name,
            Parse("req"),
            signed,
            Read("creq"),
            Read("sts"),
            Read("authz").Trim(),
            signed.HeaderValues("X-Amz-Security-Token").SingleOrDefault());
    }

    public static TheoryData<string> All() => new(Names);

    public static TheoryData<string> AllButTheDefectiveSignedRequest() =>
        new(Names.Where(name => name != DefectiveSignedRequestCase));
}

/// <summary>One case of the suite.</summary>
/// <param name="Name">The case folder, relative to the suite.</param>
/// <param name="Request">The request to sign (<c>.req</c>).</param>
/// <param name="SignedRequest">The signed request (<c>.sreq</c>).</param>
/// <param name="CanonicalRequest">The expected canonical request (<c>.creq</c>).</param>
/// <param name="StringToSign">The expected string to sign (<c>.sts</c>).</param>
/// <param name="Authorization">The expected <c>Authorization</c> header (<c>.authz</c>).</param>
/// <param name="SessionToken">The session token the signed request carries, if any.</param>
internal sealed record SigV4Vector(
    string Name,
    SigV4Request Request,
    SigV4Request SignedRequest,
    string CanonicalRequest,
    string StringToSign,
    string Authorization,
    string? SessionToken)
{
    public SigV4Credential Credential => new(SigV4Vectors.AccessKeyId, SigV4Vectors.SecretAccessKey, SessionToken);

    public IReadOnlyList<string> SignedHeaders =>
        Authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');

    /// <summary>
    /// The <c>.req</c> as the signer sends it: with the <c>.authz</c> header and, for the session
    /// token cases, the token header a signer adds (the <c>.req</c> files leave it out).
    /// </summary>
    public SigV4Request RequestWithAuthorization
    {
        get
        {
            var request = Request.WithHeader("Authorization", Authorization);
            return SessionToken is not null && !request.HeaderValues("X-Amz-Security-Token").Any()
                ? request.WithHeader("X-Amz-Security-Token", SessionToken)
                : request;
        }
    }

    public SigV4Verifier Verifier(DateTimeOffset? now = null) =>
        new(id => id == Credential.AccessKeyId ? Credential : null, new FixedClock(now ?? SigV4Vectors.Time));
}
