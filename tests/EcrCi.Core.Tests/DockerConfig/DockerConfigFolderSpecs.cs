using EcrCi.Aws;
using EcrCi.DockerConfig;

namespace EcrCi.Tests.DockerConfig;

/// <summary>The Docker config folder is found where Docker itself looks, on every operating system.</summary>
public class DockerConfigFolderSpecs
{
    private static readonly string Home = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "home-from-HOME"));
    private static readonly string Profile = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "home-from-USERPROFILE"));

    private static AwsEnvironment Variables(string? home, string? profile, string? dockerConfig = null) =>
        AwsEnvironment.FromDictionary(new Dictionary<string, string?> { ["HOME"] = home, ["USERPROFILE"] = profile, ["DOCKER_CONFIG"] = dockerConfig });

    [Fact]
    public void On_Windows_USERPROFILE_wins_over_HOME()
    {
        Assert.Equal(Path.Combine(Profile, ".docker"), DockerConfigFolder.Locate(null, Variables(Home, Profile), windows: true));
    }

    [Fact]
    public void On_Linux_and_macOS_HOME_wins_over_USERPROFILE()
    {
        Assert.Equal(Path.Combine(Home, ".docker"), DockerConfigFolder.Locate(null, Variables(Home, Profile), windows: false));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Either_home_variable_serves_when_it_is_the_only_one(bool windows)
    {
        Assert.Equal(Path.Combine(Home, ".docker"), DockerConfigFolder.Locate(null, Variables(Home, null), windows));
        Assert.Equal(Path.Combine(Profile, ".docker"), DockerConfigFolder.Locate(null, Variables(null, Profile), windows));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DOCKER_CONFIG_and_the_option_win_over_any_home(bool windows)
    {
        var configured = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "docker-config"));
        var option = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "docker-option"));

        Assert.Equal(configured, DockerConfigFolder.Locate(null, Variables(Home, Profile, configured), windows));
        Assert.Equal(option, DockerConfigFolder.Locate(option, Variables(Home, Profile, configured), windows));
    }
}
