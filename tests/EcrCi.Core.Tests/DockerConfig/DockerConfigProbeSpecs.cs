using EcrCi.DockerConfig;
using EcrCi.Secrets;
using EcrCi.Tests.EndToEnd;
using EcrCi.Tokens;

namespace EcrCi.Tests.DockerConfig;

/// <summary>A login with cached tokens skips the client only when the config holds exactly those credentials.</summary>
public class DockerConfigProbeSpecs
{
    private static readonly AuthorizationToken Token = new("a.example", "AWS", new Secret("pw-probe"), DateTimeOffset.UtcNow.AddHours(12));

    private static readonly string Auth = Convert.ToBase64String("AWS:pw-probe"u8.ToArray());

    private static bool Probe(string content)
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("config.json"), content);
        return DockerConfigProbe.HoldsAll(folder.Path, [Token]);
    }

    [Fact]
    public void A_config_with_the_same_auth_entry_holds_the_credentials()
    {
        Assert.True(Probe($$$$$"""{"auths":{"a.example":{"auth":"{{{{{Auth}}}}}","email":"x"}},"detachKeys":"ctrl-q","proxies":{"default":{}}}"""));
    }

    [Theory]
    [InlineData("""{"auths":{"a.example":{"auth":"QVdTOm90aGVy"}}}""")]
    [InlineData("""{"auths":{"b.example":{"auth":"QVdTOnB3LXByb2Jl"}}}""")]
    [InlineData("""{"auths":{"a.example":{}}}""")]
    [InlineData("""{"credsStore":"desktop","auths":{"a.example":{"auth":"QVdTOnB3LXByb2Jl"}}}""")]
    [InlineData("""{"credHelpers":{"a.example":"ecr-login-ci"},"auths":{"a.example":{"auth":"QVdTOnB3LXByb2Jl"}}}""")]
    [InlineData("""{"auths":{"a.example":{"auth":5}}}""")]
    [InlineData("""[]""")]
    [InlineData("""{ damaged""")]
    [InlineData("")]
    public void Any_other_config_does_not(string content)
    {
        Assert.False(Probe(content));
    }

    [Fact]
    public void No_config_file_does_not()
    {
        using var folder = new TempDirectory();

        Assert.False(DockerConfigProbe.HoldsAll(folder.Path, [Token]));
    }

    [Fact]
    public void The_auth_form_is_base64_of_user_colon_password_in_UTF8()
    {
        Assert.Equal(Auth, DockerAuth.Encode(Token));
        Assert.Equal(Convert.ToBase64String("AWS:pässword"u8.ToArray()), DockerAuth.Encode("AWS", "pässword"));
    }
}
