using EcrCi.Aws;
using EcrCi.Errors;

namespace EcrCi.Tests.Planning;

public class LogoutTargetsSpecs
{
    private static EcrAuthOptions Options(params (string Name, string Value)[] variables) => new()
    {
        EnvironmentVariables = AwsEnvironment.FromDictionary(variables.ToDictionary(v => v.Name, v => (string?)v.Value)).Get,
        Profile = "no-such-profile-in-tests",
    };

    [Fact]
    public void Ids_hosts_urls_and_returned_proxy_hosts_become_the_hosts_to_log_out_of()
    {
        var hosts = LogoutTargets.Resolve(
            ["111111111111", " https://222222222222.dkr.ecr.us-east-1.amazonaws.com/app ", "127.0.0.1:5000", "public.ecr.aws", "111111111111"],
            Settings.EffectiveSettings.From(Options(("AWS_REGION", "eu-west-1"))));

        Assert.Equal(["111111111111.dkr.ecr.eu-west-1.amazonaws.com", "222222222222.dkr.ecr.us-east-1.amazonaws.com", "127.0.0.1:5000", "public.ecr.aws"], hosts);
    }

    [Fact]
    public void An_id_follows_the_fips_setting_a_login_would_use()
    {
        var hosts = LogoutTargets.Resolve(["111111111111"], Settings.EffectiveSettings.From(Options(("AWS_REGION", "us-east-1"), ("AWS_USE_FIPS_ENDPOINT", "true"))));

        Assert.Equal(["111111111111.dkr.ecr-fips.us-east-1.amazonaws.com"], hosts);
    }

    [Theory]
    [InlineData("12345678901", "leading zero")]
    [InlineData("111111111111", "No AWS region for registry")]
    [InlineData("user@registry.example", "is not an Amazon ECR registry")]
    public void What_cannot_be_a_registry_is_refused_with_the_parsers_message(string registry, string expected)
    {
        var error = Assert.Throws<EcrLoginException>(() => LogoutTargets.Resolve([registry], Settings.EffectiveSettings.From(Options())));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
