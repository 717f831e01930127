using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi.Tests.Registries;

/// <summary>A pattern's end must be the end of the text: <c>$</c> also matches before a trailing newline.</summary>
public class TrailingNewlineSpecs
{
    [Fact]
    public void A_region_with_a_trailing_newline_is_not_a_region()
    {
        Assert.True(RegionName.IsValid("eu-west-1"));
        Assert.False(RegionName.IsValid("eu-west-1\n"));
    }

    [Fact]
    public void A_role_arn_with_a_trailing_newline_is_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() => RoleAssumption.Check("arn:aws:iam::123456789012:role/ci\n", "session", TimeSpan.FromHours(1)));

        Assert.Equal(nameof(EcrAuthOptions.RoleToAssume), error.Option);
    }

    [Fact]
    public void A_session_name_with_a_trailing_newline_is_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() => RoleAssumption.Check("arn:aws:iam::123456789012:role/ci", "session\n", TimeSpan.FromHours(1)));

        Assert.Equal(nameof(EcrAuthOptions.RoleSessionName), error.Option);
    }
}
