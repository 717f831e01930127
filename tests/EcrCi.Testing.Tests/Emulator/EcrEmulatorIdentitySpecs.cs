using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;

namespace EcrCi.Testing.Tests;

/// <summary>The runner's OIDC token endpoint and STS <c>AssumeRoleWithWebIdentity</c>.</summary>
public sealed class EcrEmulatorIdentitySpecs
{
    private const string Role = "arn:aws:iam::123456789012:role/ci";
    private static readonly XNamespace Sts = "https://sts.amazonaws.com/doc/2011-06-15/";

    private static async Task<(int Status, string Body)> RequestOidcAsync(EcrEmulator emulator, string bearer)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, emulator.OidcRequestUrl + "&audience=sts.amazonaws.com");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(int Status, XDocument Body)> AssumeAsync(EcrEmulator emulator, string role, string token)
    {
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "AssumeRoleWithWebIdentity",
            ["Version"] = "2011-06-15",
            ["RoleArn"] = role,
            ["RoleSessionName"] = "test",
            ["WebIdentityToken"] = token,
        });
        using var response = await http.PostAsync(emulator.StsEndpoint, content);
        return ((int)response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_oidc_endpoint_answers_only_the_runners_bearer_token()
    {
        await using var emulator = await EcrEmulator.StartAsync();

        var (status, body) = await RequestOidcAsync(emulator, emulator.OidcRequestToken);
        var (refused, _) = await RequestOidcAsync(emulator, "someone-else");

        Assert.Equal(200, status);
        Assert.Equal(3, JsonDocument.Parse(body).RootElement.GetProperty("value").GetString()!.Split('.').Length);
        Assert.Equal(401, refused);
        Assert.Equal(2, emulator.OidcCalls);
    }

    [Fact]
    public async Task A_trusted_role_gives_temporary_credentials_that_ecr_accepts()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRole(Role);

        var (status, body) = await AssumeAsync(emulator, Role, emulator.IssueOidcToken());

        Assert.Equal(200, status);
        var credentials = body.Descendants(Sts + "Credentials").Single();
        var temporary = new SigV4Credential(
            credentials.Element(Sts + "AccessKeyId")!.Value, credentials.Element(Sts + "SecretAccessKey")!.Value, credentials.Element(Sts + "SessionToken")!.Value);
        using var client = new EmulatorClient(emulator) { Credential = temporary };
        Assert.Equal(200, (await client.PrivateAsync()).Status);
        using var withoutToken = new EmulatorClient(emulator) { Credential = temporary with { SessionToken = null } };
        Assert.Equal(400, (await withoutToken.PrivateAsync()).Status);
    }

    [Fact]
    public async Task An_untrusted_role_or_subject_is_denied_as_sts_does()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRole(Role, "repo:org/other:");

        var (status, body) = await AssumeAsync(emulator, Role, emulator.IssueOidcToken());
        var (unknown, _) = await AssumeAsync(emulator, "arn:aws:iam::123456789012:role/unknown", emulator.IssueOidcToken());

        Assert.Equal((403, 403), (status, unknown));
        Assert.Equal("AccessDenied", body.Descendants(Sts + "Code").Single().Value);
        Assert.Equal(2, emulator.StsCalls);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task A_forged_token_is_an_invalid_identity_token(string token)
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRole(Role);

        var (status, body) = await AssumeAsync(emulator, Role, token);

        Assert.Equal(400, status);
        Assert.Equal("InvalidIdentityToken", body.Descendants(Sts + "Code").Single().Value);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRole(Role);

        var (status, body) = await AssumeAsync(emulator, Role, emulator.IssueOidcToken("api://other"));

        Assert.Equal(400, status);
        Assert.Contains("audience", body.Descendants(Sts + "Message").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_or_failing_oidc_endpoint_answers_429_or_5xx_then_recovers()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.ThrottleOidc(2);

        var first = await RequestOidcAsync(emulator, emulator.OidcRequestToken);
        var second = await RequestOidcAsync(emulator, emulator.OidcRequestToken);
        emulator.FailOidc(1, 502);
        var third = await RequestOidcAsync(emulator, emulator.OidcRequestToken);
        var fourth = await RequestOidcAsync(emulator, emulator.OidcRequestToken);

        Assert.Equal((429, 429, 502, 200), (first.Status, second.Status, third.Status, fourth.Status));
        Assert.Equal(4, emulator.OidcCalls);
    }

    [Fact]
    public async Task Web_identity_keys_are_labelled_with_the_role()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.TrustRole(Role);

        var (_, body) = await AssumeAsync(emulator, Role, emulator.IssueOidcToken());
        var id = body.Descendants(Sts + "AccessKeyId").Single().Value;

        Assert.Equal($"web-identity:{Role}", emulator.SourceOf(id));
        Assert.Equal(("AssumeRoleWithWebIdentity", Role, (string?)null), (emulator.StsRequests.Single().Action, emulator.StsRequests.Single().RoleArn, emulator.StsRequests.Single().SignerLabel));
    }
}
