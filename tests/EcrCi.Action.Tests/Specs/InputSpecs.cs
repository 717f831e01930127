using EcrCi.Action.Inputs;
using EcrCi.Action.Runner;
using EcrCi.Clients;
using EcrCi.Errors;
using EcrCi.Tokens;

namespace EcrCi.Action.Tests.Specs;

public class InputSpecs
{
    private static ActionEnvironment With(params (string Input, string Value)[] inputs)
    {
        var variables = inputs.ToDictionary(i => ActionEnvironment.InputVariable(i.Input), i => i.Value);
        return new ActionEnvironment(name => variables.GetValueOrDefault(name));
    }

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

        Assert.Empty(inputs.Registries);
        Assert.False(inputs.Public);
        Assert.Null(inputs.Region);
        Assert.True(inputs.MaskPassword);
        Assert.False(inputs.SkipLogout);
        Assert.Null(inputs.HttpProxy);
        Assert.Null(inputs.ContainerClient);
        Assert.Equal(RetrySettings.Default, inputs.Retry);
        Assert.False(inputs.ExportDockerConfig);
        Assert.Null(inputs.Role);
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

        Assert.Equal(["111111111111", "https://222222222222.dkr.ecr.us-east-1.amazonaws.com/app", "public.ecr.aws"], inputs.Registries);
    }

    [Fact]
    public void Registry_type_region_client_and_proxy_map_onto_the_options()
    {
        var inputs = ActionInputs.Parse(With(("registry-type", "Public"), ("region", "eu-central-1"), ("container-client", "podman"), ("http-proxy", "http://proxy.example.com:3128")));

        Assert.True(inputs.Public);
        Assert.Equal("eu-central-1", inputs.Region);
        Assert.Equal(ContainerClientKind.Podman, inputs.ContainerClient);
        Assert.Equal(new Uri("http://proxy.example.com:3128"), inputs.HttpProxy);
    }

    [Fact]
    public void Retry_inputs_map_onto_the_retry_settings()
    {
        var inputs = ActionInputs.Parse(With(("retry-attempts", "3"), ("attempt-timeout-seconds", "2.5"), ("timeout-seconds", "20")));

        Assert.Equal(RetrySettings.Default with { MaxAttempts = 3, AttemptTimeout = TimeSpan.FromSeconds(2.5), Deadline = TimeSpan.FromSeconds(20) }, inputs.Retry);
    }

    [Fact]
    public void A_long_attempt_timeout_stretches_the_default_deadline()
    {
        var inputs = ActionInputs.Parse(With(("attempt-timeout-seconds", "90")));

        Assert.Equal(TimeSpan.FromSeconds(90), inputs.Retry.Deadline);
    }

    [Fact]
    public void A_deadline_shorter_than_one_attempt_is_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() => ActionInputs.Parse(With(("attempt-timeout-seconds", "30"), ("timeout-seconds", "10"))));

        Assert.Contains("'timeout-seconds' (10 s) is shorter than 'attempt-timeout-seconds' (30 s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_proxy_url_is_refused_without_echoing_it()
    {
        var error = Assert.Throws<EcrLoginException>(() => ActionInputs.Parse(With(("http-proxy", "proxy:secret@nowhere"))));

        Assert.StartsWith("The input 'http-proxy' is not a valid proxy URL", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
