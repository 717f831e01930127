using EcrCi.Action.Inputs;
using EcrCi.Action.Runner;
using EcrCi.Errors;

using static EcrCi.Action.Tests.Fixtures.InputsOnly;

namespace EcrCi.Action.Tests.Specs;

public class InputSpecs
{
    [Fact]
    public void Input_variables_keep_hyphens_and_turn_spaces_into_underscores()
    {
        Assert.Equal("INPUT_MASK-PASSWORD", ActionEnvironment.InputVariable("mask-password"));
        Assert.Equal("INPUT_MY_INPUT", ActionEnvironment.InputVariable("my input"));
    }

    [Fact]
    public void Empty_inputs_take_the_defaults_of_amazon_ecr_login()
    {
        var inputs = ActionInputs.Parse(With());

        Assert.Empty(inputs.Options.Registries);
        Assert.False(inputs.Options.Public);
        Assert.True(inputs.MaskPassword);
        Assert.False(inputs.SkipLogout);
        Assert.False(inputs.ExportDockerConfig);
        Assert.Null(inputs.RoleToAssume);
        Assert.Equal(new EcrAuthOptions() with { Registries = inputs.Options.Registries, FrontEnd = "action" }, inputs.Options);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    [InlineData("  false ", false)]
    public void Booleans_accept_the_three_casings_of_true_and_false(string value, bool expected)
    {
        Assert.Equal(expected, ActionInputs.Parse(With(("mask-password", value))).MaskPassword);
        Assert.Equal(expected, ActionInputs.Parse(With(("skip-logout", value))).SkipLogout);
        Assert.Equal(expected, ActionInputs.Parse(With(("export-docker-config", value))).ExportDockerConfig);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("tRUE")]
    [InlineData("on")]
    public void Anything_else_is_not_a_boolean(string value)
    {
        var error = Assert.Throws<EcrLoginException>(() => ActionInputs.Parse(With(("skip-logout", value))));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains("'skip-logout'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registries_split_on_commas_and_new_lines_trimmed_and_without_empty_entries()
    {
        var inputs = ActionInputs.Parse(With(("registries", " 111111111111 ,,\n  https://222222222222.dkr.ecr.us-east-1.amazonaws.com/app\r\n\npublic.ecr.aws, ")));

        Assert.Equal(["111111111111", "https://222222222222.dkr.ecr.us-east-1.amazonaws.com/app", "public.ecr.aws"], inputs.Options.Registries);
    }

    [Fact]
    public void Registry_type_region_client_and_proxy_map_onto_the_options()
    {
        var inputs = ActionInputs.Parse(With(("registry-type", "Public"), ("region", "eu-central-1"), ("container-client", "podman"), ("http-proxy", "http://proxy.example.com:3128")));

        Assert.True(inputs.Options.Public);
        Assert.Equal("eu-central-1", inputs.Options.Region);
        Assert.Equal("podman", inputs.Options.ContainerClient);
        Assert.Equal(new Uri("http://proxy.example.com:3128"), inputs.Options.Proxy);
    }

    [Theory]
    [InlineData("retry-attempts", "30", "expected 1 to 20")]
    [InlineData("role-duration-seconds", "60", "expected 900 to 43200 seconds")]
    [InlineData("container-client", "buildah", "expected docker, podman, nerdctl or finch")]
    [InlineData("region", "Europe", "expected a lower-case region name")]
    public void Out_of_range_values_are_refused_by_the_core_and_the_error_names_the_input(string input, string value, string expected)
    {
        var environment = With((input, value), ("role-to-assume", "arn:aws:iam::123456789012:role/ci"), ("registries", "123456789012"));
        var options = ActionInputs.Parse(environment).ToOptions(environment, new ActionLog(new WorkflowCommandWriter(TextWriter.Null)), null);

        var error = Assert.Throws<EcrLoginException>(() => Settings.EffectiveSettings.From(options) is var settings && LoginPlan.Create(settings) is not null);

        Assert.StartsWith($"The input '{input}' was refused:", InputNames.Describe(error), StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_proxy_url_is_refused_without_echoing_it()
    {
        var error = Assert.Throws<EcrLoginException>(() => ActionInputs.Parse(With(("http-proxy", "proxy:secret@nowhere"))));

        Assert.StartsWith("The input 'http-proxy' is not a valid proxy URL", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
