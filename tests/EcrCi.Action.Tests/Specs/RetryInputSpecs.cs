using EcrCi.Action.Inputs;
using EcrCi.Errors;

using static EcrCi.Action.Tests.Fixtures.InputsOnly;

namespace EcrCi.Action.Tests.Specs;

/// <summary>The retry and timeout inputs, as the core receives and resolves them.</summary>
public class RetryInputSpecs
{
    [Fact]
    public void Retry_inputs_map_onto_the_retry_options()
    {
        var options = ActionInputs.Parse(With(("retry-attempts", "3"), ("attempt-timeout-seconds", "2.5"), ("timeout-seconds", "20"))).Options;

        Assert.Equal((3, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(20)), (options.RetryAttempts, options.AttemptTimeout, options.RetryDeadline));
    }

    [Theory]
    [InlineData("legacy", RetryMode.Legacy)]
    [InlineData("standard", RetryMode.Standard)]
    [InlineData("Adaptive", RetryMode.Adaptive)]
    public void Retry_mode_takes_AWSs_mode_names_in_any_casing(string value, RetryMode expected)
    {
        Assert.Equal(expected, ActionInputs.Parse(With(("retry-mode", value))).Options.RetryMode);
    }

    [Fact]
    public void An_empty_retry_mode_leaves_AWS_RETRY_MODE_and_the_profile_to_the_core()
    {
        var environment = With(("retry-mode", ""));
        var options = ActionInputs.Parse(environment).Options with { EnvironmentVariables = name => name == "AWS_RETRY_MODE" ? "adaptive" : null };

        Assert.Null(options.RetryMode);
        Assert.Equal(RetryMode.Adaptive, Settings.EffectiveSettings.From(options).Retry.Mode);
    }

    [Fact]
    public void Login_timeout_seconds_reaches_the_options_and_the_login_settings()
    {
        var options = ActionInputs.Parse(With(("login-timeout-seconds", "12.5"))).Options;

        Assert.Equal(TimeSpan.FromSeconds(12.5), options.LoginTimeout);
        Assert.Equal(TimeSpan.FromSeconds(12.5), Settings.EffectiveSettings.From(options).LoginTimeout);
    }

    [Fact]
    public void A_long_attempt_timeout_stretches_the_default_deadline_in_the_core()
    {
        var options = ActionInputs.Parse(With(("attempt-timeout-seconds", "90"))).Options;

        Assert.Equal(TimeSpan.FromSeconds(90), Settings.EffectiveSettings.From(options).Retry.Deadline);
    }

    [Fact]
    public void A_deadline_shorter_than_one_attempt_is_refused_by_the_core_naming_the_input()
    {
        var options = ActionInputs.Parse(With(("attempt-timeout-seconds", "30"), ("timeout-seconds", "10"))).Options;

        var error = Assert.Throws<EcrLoginException>(() => Settings.EffectiveSettings.From(options));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Equal(nameof(EcrAuthOptions.RetryDeadline), error.Option);
        Assert.StartsWith("The input 'timeout-seconds' was refused:", InputNames.Describe(error), StringComparison.Ordinal);
        Assert.Contains("at least the attempt timeout", error.Message, StringComparison.Ordinal);
    }
}
