using EcrCi.Action.Inputs;
using EcrCi.Action.Runner;
using EcrCi.Errors;

namespace EcrCi.Action.Tests.Specs;

public class RoleInputSpecs
{
    private const string Role = "arn:aws:iam::123456789012:role/ci";

    private static ActionEnvironment With(params (string Input, string Value)[] inputs)
    {
        var variables = inputs.ToDictionary(i => ActionEnvironment.InputVariable(i.Input), i => i.Value);
        return new ActionEnvironment(name => variables.GetValueOrDefault(name));
    }

    [Fact]
    public void Without_role_to_assume_the_defaults_the_runner_passes_assume_no_role()
    {
        var inputs = ActionInputs.Parse(With(("role-duration-seconds", "3600"), ("audience", "sts.amazonaws.com"), ("output-credentials", "false"), ("role-session-name", "")));

        Assert.Null(inputs.Role);
        Assert.Null(inputs.ToOptions(With(), new ActionLog(new WorkflowCommandWriter(TextWriter.Null)), null).AssumeRole);
    }

    [Fact]
    public void An_empty_role_configuration_is_one_hour_for_sts_amazonaws_com_with_a_derived_session_and_no_outputs()
    {
        var role = ActionInputs.Parse(With(("role-to-assume", $"  {Role} "))).Role;

        Assert.Equal(new RoleInputs(Role, null, TimeSpan.FromHours(1), "sts.amazonaws.com", false), role);
    }

    [Fact]
    public void Role_inputs_map_onto_the_cores_role_assumption()
    {
        var environment = With(("role-to-assume", Role), ("role-session-name", "release-42"), ("role-duration-seconds", "43200"), ("audience", "api://ecr"), ("output-credentials", "True"), ("aws-region", "eu-central-1"));
        var inputs = ActionInputs.Parse(environment);

        var options = inputs.ToOptions(environment, new ActionLog(new WorkflowCommandWriter(TextWriter.Null)), null);

        Assert.Equal(new RoleInputs(Role, "release-42", TimeSpan.FromHours(12), "api://ecr", true), inputs.Role);
        Assert.Equal("eu-central-1", options.Region);
        var assumption = Assert.IsType<EcrCi.Aws.RoleAssumption>(options.AssumeRole);
        Assert.Equal((Role, "release-42", TimeSpan.FromHours(12)), (assumption.RoleArn, assumption.SessionName, assumption.Duration));
    }

    [Theory]
    [InlineData("900")]
    [InlineData("43200")]
    public void The_duration_bounds_of_sts_are_accepted(string seconds)
    {
        var role = ActionInputs.Parse(With(("role-to-assume", Role), ("role-duration-seconds", seconds))).Role;

        Assert.Equal(TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)), role!.Duration);
    }

    [Theory]
    [InlineData("", "eu-central-1", "eu-central-1")]
    [InlineData("eu-central-1", "", "eu-central-1")]
    [InlineData("eu-central-1", "eu-central-1", "eu-central-1")]
    public void Aws_region_is_another_name_for_region(string region, string awsRegion, string expected)
    {
        Assert.Equal(expected, ActionInputs.Parse(With(("region", region), ("aws-region", awsRegion))).Region);
    }

    [Fact]
    public void Region_and_aws_region_that_disagree_are_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() => ActionInputs.Parse(With(("region", "eu-central-1"), ("aws-region", "us-east-1"))));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.StartsWith("The inputs 'region' (eu-central-1) and 'aws-region' (us-east-1) disagree", error.Message, StringComparison.Ordinal);
    }
}
