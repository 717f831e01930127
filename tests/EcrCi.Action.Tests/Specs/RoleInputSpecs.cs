using EcrCi.Action.Inputs;
using EcrCi.Action.Runner;
using EcrCi.Errors;

namespace EcrCi.Action.Tests.Specs;

public class RoleInputSpecs
{
    private const string Role = "arn:aws:iam::123456789012:role/ci";

    private static ActionLog Log => new(new WorkflowCommandWriter(TextWriter.Null));

    private static ActionEnvironment With(params (string Input, string Value)[] inputs)
    {
        var variables = inputs.ToDictionary(i => ActionEnvironment.InputVariable(i.Input), i => i.Value);
        return new ActionEnvironment(name => variables.GetValueOrDefault(name));
    }

    [Fact]
    public void Without_role_to_assume_the_empty_defaults_the_runner_passes_assume_no_role()
    {
        var environment = With(("role-duration-seconds", ""), ("audience", ""), ("output-credentials", "false"), ("role-session-name", ""));
        var options = ActionInputs.Parse(environment).ToOptions(environment, Log, null);

        Assert.Null(options.RoleToAssume);
        Assert.Null(Settings.EffectiveSettings.From(options).Role);
    }

    [Theory]
    [InlineData("role-duration-seconds", "3600")]
    [InlineData("audience", "sts.amazonaws.com")]
    [InlineData("role-session-name", "release")]
    public void A_role_input_without_role_to_assume_is_refused_naming_the_input(string input, string value)
    {
        var environment = With((input, value));
        var options = ActionInputs.Parse(environment).ToOptions(environment, Log, null);

        var error = Assert.Throws<EcrLoginException>(() => Settings.EffectiveSettings.From(options));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.StartsWith($"The input '{input}' was refused:", InputNames.Describe(error), StringComparison.Ordinal);
        Assert.Contains("no role is set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_credentials_without_role_to_assume_is_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() => ActionInputs.Parse(With(("output-credentials", "true"))));

        Assert.Contains("'output-credentials' applies only to a role", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_role_configuration_is_one_hour_for_sts_amazonaws_com_with_a_derived_session()
    {
        var environment = With(("role-to-assume", $"  {Role} "));
        var variables = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_REPOSITORY"] = "org/app", ["GITHUB_RUN_ID"] = "7" };
        var options = ActionInputs.Parse(environment).ToOptions(new ActionEnvironment(name => variables.GetValueOrDefault(name)), Log, null);

        var role = Settings.EffectiveSettings.From(options).Role!;

        Assert.Equal((Role, "ecr-login-org-app-7", TimeSpan.FromHours(1)), (role.RoleArn, role.SessionName, role.Duration));
        Assert.IsType<Hosts.GitHubOidcTokenSource>(role.TokenSource);
    }

    [Fact]
    public void Role_inputs_map_onto_the_cores_role_options()
    {
        var environment = With(("role-to-assume", Role), ("role-session-name", "release-42"), ("role-duration-seconds", "43200"), ("audience", "api://ecr"), ("output-credentials", "True"), ("aws-region", "eu-central-1"));
        var inputs = ActionInputs.Parse(environment);

        var options = inputs.ToOptions(environment, Log, null);

        Assert.True(inputs.OutputCredentials);
        Assert.Equal(("eu-central-1", Role, "release-42", TimeSpan.FromHours(12), "api://ecr"), (options.Region, options.RoleToAssume, options.RoleSessionName, options.RoleDuration, options.Audience));
    }

    [Theory]
    [InlineData("900")]
    [InlineData("43200")]
    public void The_duration_bounds_of_sts_are_accepted(string seconds)
    {
        var options = ActionInputs.Parse(With(("role-to-assume", Role), ("role-duration-seconds", seconds))).Options with { EnvironmentVariables = _ => null, WebIdentityTokenFile = "token" };

        Assert.Equal(TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)), Settings.EffectiveSettings.From(options).Role!.Duration);
    }

    [Theory]
    [InlineData("", "eu-central-1", "eu-central-1")]
    [InlineData("eu-central-1", "", "eu-central-1")]
    [InlineData("eu-central-1", "eu-central-1", "eu-central-1")]
    public void Aws_region_is_another_name_for_region(string region, string awsRegion, string expected)
    {
        Assert.Equal(expected, ActionInputs.Parse(With(("region", region), ("aws-region", awsRegion))).Options.Region);
    }

    [Fact]
    public void Region_and_aws_region_that_disagree_are_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() => ActionInputs.Parse(With(("region", "eu-central-1"), ("aws-region", "us-east-1"))));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.StartsWith("The inputs 'region' (eu-central-1) and 'aws-region' (us-east-1) disagree", error.Message, StringComparison.Ordinal);
    }
}
