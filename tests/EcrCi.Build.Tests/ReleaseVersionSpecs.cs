using EcrCi.Build.Release;

namespace EcrCi.Build.Tests;

public class ReleaseVersionSpecs
{
    [Theory]
    [InlineData("v1.4.2", "1.4.2", "v1")]
    [InlineData("v2.0.0", "2.0.0", "v2")]
    [InlineData("v10.3.17", "10.3.17", "v10")]
    public void A_stable_release_moves_its_major_tag(string tag, string version, string floating)
    {
        Assert.True(ReleaseVersion.TryParse(tag, out var parsed));
        Assert.Equal(version, parsed.Version);
        Assert.Equal(floating, parsed.FloatingTag);
        Assert.False(parsed.IsPrerelease);
    }

    [Theory]
    [InlineData("v1.5.0-rc.1")]
    [InlineData("v2.0.0-beta")]
    public void A_prerelease_moves_nothing(string tag)
    {
        Assert.True(ReleaseVersion.TryParse(tag, out var parsed));
        Assert.True(parsed.IsPrerelease);
        Assert.Null(parsed.FloatingTag);
    }

    [Theory]
    [InlineData("1.4.2")]
    [InlineData("v1")]
    [InlineData("v1.4")]
    [InlineData("v01.2.3")]
    [InlineData("v1.2.3-")]
    [InlineData("release-1.2.3")]
    [InlineData("")]
    public void Anything_but_a_semantic_version_tag_is_not_a_release(string tag)
    {
        Assert.False(ReleaseVersion.TryParse(tag, out _));
    }

    [Theory]
    [InlineData("v1.4.2-0-gabc1234", "1.4.2")]
    [InlineData("v1.4.2-3-gabc1234", "1.4.3-dev.3")]
    [InlineData("v1.5.0-rc.1-2-gabc1234", "1.5.0-dev.2")]
    [InlineData("", "0.1.0-dev")]
    [InlineData("abc1234", "0.1.0-dev")]
    public void Package_versions_come_from_git_describe(string describe, string version)
    {
        Assert.Equal(version, ReleaseVersion.FromDescribe(describe));
    }
}
