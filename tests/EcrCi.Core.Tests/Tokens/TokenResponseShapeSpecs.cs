using System.Text;
using EcrCi.Errors;
using EcrCi.Tokens;

namespace EcrCi.Tests.Tokens;

/// <summary>Members of the wrong kind in ECR's answer are reported as what is missing, never as a crash.</summary>
public class TokenResponseShapeSpecs
{
    [Theory]
    [InlineData("""{"authorizationData":{}}""", "no authorizationData list")]
    [InlineData("""{"authorizationData":[5]}""", "entry is not an object")]
    [InlineData("""{"authorizationData":[{"authorizationToken":5,"expiresAt":1,"proxyEndpoint":"https://a"}]}""", "no authorizationToken")]
    [InlineData("""{"authorizationData":[{"authorizationToken":"QVdTOnB3","expiresAt":"soon","proxyEndpoint":"https://a"}]}""", "expiresAt")]
    [InlineData("""{"authorizationData":[{"authorizationToken":"QVdTOnB3","expiresAt":1,"proxyEndpoint":{}}]}""", "proxyEndpoint")]
    [InlineData("""null""", "not a JSON object")]
    [InlineData("""<html>bad gateway</html>""", "not valid JSON")]
    public void A_member_of_the_wrong_kind_says_what_was_malformed(string body, string what)
    {
        var error = Assert.Throws<EcrLoginException>(() => TokenResponseReader.ReadPrivate(Encoding.UTF8.GetBytes(body), "eu-west-1"));

        Assert.Equal(EcrErrorKind.MalformedResponse, error.Kind);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_answer_with_a_list_has_no_authorizationData_object()
    {
        var error = Assert.Throws<EcrLoginException>(() => TokenResponseReader.ReadPublic("""{"authorizationData":[]}"""u8, "public.ecr.aws"));

        Assert.Contains("no authorizationData object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expiry_given_as_a_date_string_is_read_as_UTC()
    {
        var body = """{"authorizationData":[{"authorizationToken":"QVdTOnB3","expiresAt":"2026-01-31T23:00:00","proxyEndpoint":"https://123456789012.dkr.ecr.eu-west-1.amazonaws.com"}]}""";

        var token = Assert.Single(TokenResponseReader.ReadPrivate(Encoding.UTF8.GetBytes(body), "eu-west-1"));

        Assert.Equal(new DateTimeOffset(2026, 1, 31, 23, 0, 0, TimeSpan.Zero), token.ExpiresAt);
    }

    [Fact]
    public void An_error_body_with_odd_members_still_gives_the_ones_that_are_text()
    {
        var error = AwsError.Read(System.Net.HttpStatusCode.BadRequest, null, """{"__type":5,"code":"AccessDeniedException","message":{},"Message":"denied"}"""u8);

        Assert.Equal("AccessDeniedException", error.Code);
        Assert.Equal("denied", error.Message);
    }
}
