using System.Text;

namespace EcrCi.Testing.Tests;

/// <summary>The request, credentials and clock that the verifier specs share.</summary>
internal static class VerifierSpecsFixture
{
    public static readonly DateTimeOffset Now = new(2025, 11, 25, 14, 0, 0, TimeSpan.Zero);
    public static readonly SigV4Credential LongTerm = new("AKIAEXAMPLE1", "secret-one");
    public static readonly SigV4Credential Temporary = new("ASIAEXAMPLE2", "secret-two", "session-two");

    public static SigV4Request Request() => new(
        "POST",
        "/",
        "",
        [new("Host", "api.ecr.eu-west-1.amazonaws.com"), new("Content-Type", "application/x-amz-json-1.1"), new("X-Amz-Target", "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken")],
        Encoding.UTF8.GetBytes("{}"));

    public static SigV4Request Sign(SigV4Request request, SigV4Credential credential, DateTimeOffset? at = null) =>
        new SigV4TestSigner(credential, "eu-west-1", "ecr").Sign(request, at ?? Now);

    public static SigV4Verification Verify(SigV4Request request) =>
        new SigV4Verifier(id => new[] { LongTerm, Temporary }.FirstOrDefault(c => c.AccessKeyId == id), new FixedClock(Now)).Verify(request);
}
