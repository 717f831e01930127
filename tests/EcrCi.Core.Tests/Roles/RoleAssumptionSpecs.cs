using EcrCi.Aws;
using EcrCi.Errors;

namespace EcrCi.Tests.Roles;

public class RoleAssumptionSpecs
{
    private static RoleAssumption Role(string arn) => new(arn, WebIdentityTokenSource.FromFile("token"), "ecr-login-test", TimeSpan.FromHours(1));

    [Theory]
    [InlineData("arn:aws:iam::123456789012:role/ci")]
    [InlineData("arn:aws-cn:iam::123456789012:role/path/to/ci-role")]
    [InlineData("arn:aws-us-gov:iam::123456789012:role/ci+deploy=x,y.z@w")]
    public void A_well_formed_role_arn_is_accepted(string arn)
    {
        Role(arn).Validate();
    }

    [Theory]
    [InlineData("arn:aws:iam::12345678901:role/ci")]
    [InlineData("arn:aws:iam::123456789012:user/ci")]
    [InlineData("arn:aws:sts::123456789012:assumed-role/ci/x")]
    [InlineData("ci")]
    [InlineData("")]
    public void A_malformed_role_arn_says_what_is_expected(string arn)
    {
        var error = Assert.Throws<EcrLoginException>(() => Role(arn).Validate());

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains("expected arn:aws:iam::123456789012:role/NAME", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(899)]
    [InlineData(43201)]
    public void A_duration_outside_what_sts_allows_is_refused(int seconds)
    {
        var error = Assert.Throws<EcrLoginException>(() => (Role("arn:aws:iam::123456789012:role/ci") with { Duration = TimeSpan.FromSeconds(seconds) }).Validate());

        Assert.Contains("expected 900 to 43200 seconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("has space")]
    [InlineData("slash/not/allowed")]
    public void A_bad_session_name_is_refused(string name)
    {
        var error = Assert.Throws<EcrLoginException>(() => (Role("arn:aws:iam::123456789012:role/ci") with { SessionName = name }).Validate());

        Assert.Contains("2 to 64 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_session_name_comes_from_the_repository_and_run_within_sts_limits()
    {
        var environment = AwsEnvironment.FromDictionary(new Dictionary<string, string?>
        {
            ["GITHUB_REPOSITORY"] = "my-org/" + new string('r', 80),
            ["GITHUB_RUN_ID"] = "987654321",
        });

        var name = RoleAssumption.SessionNameFor(new Hosts.GitHubActionsHost(environment).RunName());

        Assert.StartsWith("ecr-login-", name, StringComparison.Ordinal);
        Assert.EndsWith("-987654321", name, StringComparison.Ordinal);
        Assert.InRange(name.Length, 2, 64);
        (Role("arn:aws:iam::123456789012:role/ci") with { SessionName = name }).Validate();
    }

    [Fact]
    public void A_short_repository_keeps_its_whole_name()
    {
        var environment = AwsEnvironment.FromDictionary(new Dictionary<string, string?> { ["GITHUB_REPOSITORY"] = "org/app", ["GITHUB_RUN_ID"] = "42" });

        Assert.Equal("ecr-login-org-app-42", RoleAssumption.SessionNameFor(new Hosts.GitHubActionsHost(environment).RunName()));
    }
}
