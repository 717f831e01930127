using System.Text;
using EcrCi.Errors;
using EcrCi.Tokens;

namespace EcrCi.Tests.Tokens;

public class TokenResponseReaderSpecs
{
    private static string Token(string password) => Convert.ToBase64String(Encoding.UTF8.GetBytes("AWS:" + password));

    [Fact]
    public void A_private_answer_gives_user_password_expiry_and_host()
    {
        var body = $$"""{"authorizationData":[{"authorizationToken":"{{Token("pw-one-123")}}","expiresAt":1.7645112E9,"proxyEndpoint":"https://123456789012.dkr.ecr.eu-west-1.amazonaws.com"}]}""";

        var token = Assert.Single(TokenResponseReader.ReadPrivate(Encoding.UTF8.GetBytes(body), "eu-west-1"));

        Assert.Equal("AWS", token.Username);
        Assert.Equal("pw-one-123", token.Password.Reveal());
        Assert.Equal("123456789012.dkr.ecr.eu-west-1.amazonaws.com", token.Host);
        Assert.Equal("123456789012", token.AccountId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764511200), token.ExpiresAt);
    }

    [Fact]
    public void A_proxy_endpoint_with_a_port_keeps_it_in_the_host()
    {
        var body = $$"""{"authorizationData":[{"authorizationToken":"{{Token("pw")}}","expiresAt":1764511200,"proxyEndpoint":"http://127.0.0.1:5000"}]}""";

        var token = Assert.Single(TokenResponseReader.ReadPrivate(Encoding.UTF8.GetBytes(body), "eu-west-1"));

        Assert.Equal("127.0.0.1:5000", token.Host);
        Assert.Null(token.AccountId);
    }

    [Fact]
    public void A_public_answer_is_one_object_for_public_ecr_aws()
    {
        var body = $$$"""{"authorizationData":{"authorizationToken":"{{{Token("pub-pw")}}}","expiresAt":1764511200.5}}""";

        var token = TokenResponseReader.ReadPublic(Encoding.UTF8.GetBytes(body), "public.ecr.aws");

        Assert.Equal("public.ecr.aws", token.Host);
        Assert.Equal("pub-pw", token.Password.Reveal());
    }

    [Theory]
    [InlineData("""{"authorizationData":[{"authorizationToken":""", "not valid JSON")]
    [InlineData("""[]""", "not a JSON object")]
    [InlineData("""{"data":[]}""", "no authorizationData list")]
    [InlineData("""{"authorizationData":[]}""", "list is empty")]
    [InlineData("""{"authorizationData":[{"expiresAt":1,"proxyEndpoint":"https://a"}]}""", "no authorizationToken")]
    [InlineData("""{"authorizationData":[{"authorizationToken":"%%%","expiresAt":1,"proxyEndpoint":"https://a"}]}""", "not base64")]
    [InlineData("""{"authorizationData":[{"authorizationToken":"bm9jb2xvbg==","expiresAt":1,"proxyEndpoint":"https://a"}]}""", "user:password")]
    [InlineData("""{"authorizationData":[{"authorizationToken":"QVdTOnB3","proxyEndpoint":"https://a"}]}""", "expiresAt")]
    [InlineData("""{"authorizationData":[{"authorizationToken":"QVdTOnB3","expiresAt":1}]}""", "proxyEndpoint")]
    public void A_malformed_answer_says_what_was_malformed(string body, string what)
    {
        var error = Assert.Throws<EcrLoginException>(() => TokenResponseReader.ReadPrivate(Encoding.UTF8.GetBytes(body), "eu-west-1"));

        Assert.Equal(EcrErrorKind.MalformedResponse, error.Kind);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }
}
