using EcrCi.Secrets;
using EcrCi.Tokens;

namespace EcrCi.Tests.Planning;

/// <summary>Each requested registry id gets the token ECR returned for it, by account or else by position.</summary>
public class TokenPairingSpecs
{
    private static AuthorizationToken Token(string host, string? account) =>
        new(host, "AWS", new Secret("pw"), DateTimeOffset.UtcNow.AddHours(12)) { AccountId = account };

    [Fact]
    public void Tokens_are_paired_by_the_account_of_their_proxy_endpoint_whatever_their_order()
    {
        var second = Token("222222222222.dkr.ecr.eu-west-1.amazonaws.com", "222222222222");
        var first = Token("111111111111.dkr.ecr.eu-west-1.amazonaws.com", "111111111111");

        var paired = TokenMatcher.PairWithIds(["111111111111", "222222222222"], [second, first]);

        Assert.Equal([first, second], paired);
    }

    [Fact]
    public void Tokens_whose_host_names_no_account_are_paired_by_position()
    {
        var mirror = Token("mirror.example:5000", null);
        var own = Token("222222222222.dkr.ecr.eu-west-1.amazonaws.com", "222222222222");

        var paired = TokenMatcher.PairWithIds(["111111111111", "222222222222"], [mirror, own]);

        Assert.Equal([mirror, own], paired);
    }

    [Fact]
    public void An_id_without_a_token_of_its_own_gets_none()
    {
        var other = Token("333333333333.dkr.ecr.eu-west-1.amazonaws.com", "333333333333");

        var paired = TokenMatcher.PairWithIds(["111111111111", "222222222222"], [other]);

        Assert.Equal([null, null], paired);
    }
}
