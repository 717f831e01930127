using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Testing;
using EcrCi.Tests.EndToEnd;
using EcrCi.Tokens;

namespace EcrCi.Tests.Tokens;

/// <summary>
/// How the token call retries: throttling until the deadline unless the user caps the
/// attempts (option, AWS_MAX_ATTEMPTS, the profile's max_attempts), server errors up to the cap,
/// full jitter, and AWS's retry modes.
/// </summary>
public sealed class RetryPolicySpecs : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-retry-");
    private EcrEmulator emulator = null!;

    public async Task InitializeAsync() => emulator = await EcrEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        await emulator.DisposeAsync();
        folder.Delete(recursive: true);
    }

    private EcrAuthOptions Options(Logging.IEcrLogger? logger, params (string Name, string Value)[] variables)
    {
        var environment = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_ECR"] = emulator.Endpoint.ToString(),
            ["AWS_CONFIG_FILE"] = Path.Combine(folder.FullName, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder.FullName, "credentials"),
            ["HOME"] = folder.FullName,
        };
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return RegistryWorld.ForEmulator(emulator, null, logger, "123456789012") with
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryMaxDelay = TimeSpan.FromMilliseconds(20),
            EnvironmentVariables = AwsEnvironment.FromDictionary(environment).Get,
        };
    }

    [Fact]
    public async Task Without_a_cap_throttling_is_retried_past_the_default_attempts_until_it_passes()
    {
        emulator.ThrottleNext(8);

        var result = await EcrAuth.GetTokensAsync(Options(null));

        Assert.Single(result.Tokens);
        Assert.Equal(9, emulator.PrivateCalls);
    }

    [Fact]
    public async Task Without_a_cap_server_errors_still_stop_after_five_attempts()
    {
        emulator.FailNext(10);

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(null)));

        Assert.Equal(EcrErrorKind.ServiceUnavailable, error.Kind);
        Assert.Equal(5, emulator.PrivateCalls);
    }

    [Fact]
    public async Task Aws_max_attempts_caps_throttling_too()
    {
        emulator.ThrottleNext(10);

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(null, ("AWS_MAX_ATTEMPTS", "3"))));

        Assert.Equal(EcrErrorKind.Throttled, error.Kind);
        Assert.Equal(3, emulator.PrivateCalls);
    }

    [Fact]
    public async Task The_profiles_max_attempts_caps_throttling_and_the_environment_wins_over_it()
    {
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "config"), "[default]\nmax_attempts = 2\nretry_mode = standard\n");
        emulator.ThrottleNext(10);

        await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(null)));
        Assert.Equal(2, emulator.PrivateCalls);

        await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(null, ("AWS_MAX_ATTEMPTS", "4"))));
        Assert.Equal(6, emulator.PrivateCalls);
    }

    [Theory]
    [InlineData("AWS_RETRY_MODE", "fast", "AWS_RETRY_MODE is 'fast': expected legacy, standard or adaptive")]
    [InlineData("AWS_MAX_ATTEMPTS", "lots", "AWS_MAX_ATTEMPTS is 'lots'")]
    public async Task A_malformed_retry_variable_is_named_before_any_call(string name, string value, string expected)
    {
        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(null, (name, value))));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.TotalRequests);
    }

    [Fact]
    public async Task A_malformed_retry_mode_in_the_profile_names_the_profile_and_the_key()
    {
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "config"), "[profile ci]\nretry_mode = quick\n");

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(null, ("AWS_PROFILE", "ci"))));

        Assert.Contains("The profile 'ci'", error.Message, StringComparison.Ordinal);
        Assert.Contains("retry_mode = quick: expected legacy, standard or adaptive", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.TotalRequests);
    }

    [Fact]
    public async Task Adaptive_mode_slows_the_next_attempt_to_the_client_side_rate_after_a_throttle()
    {
        var logger = new CapturingLogger();
        emulator.ThrottleNext(1);
        var started = DateTimeOffset.UtcNow;

        await EcrAuth.GetTokensAsync(Options(logger, ("AWS_RETRY_MODE", "adaptive")));

        // The first throttle sets the fill rate to its floor, half a call a second: the retry waits for that credit.
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(1.5), "the retry did not wait for the client-side rate");
        Assert.Contains("Adaptive retry mode", logger.AllText, StringComparison.Ordinal);
        Assert.Equal(2, emulator.PrivateCalls);
    }

    [Fact]
    public async Task Standard_mode_option_wins_over_adaptive_in_the_environment()
    {
        var logger = new CapturingLogger();
        emulator.ThrottleNext(1);

        await EcrAuth.GetTokensAsync(Options(logger, ("AWS_RETRY_MODE", "adaptive")) with { RetryMode = RetryMode.Standard });

        Assert.DoesNotContain("Adaptive retry mode", logger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void Delays_are_full_jitter_below_the_capped_exponential_ceiling()
    {
        var retry = RetrySettings.Default with { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1) };

        foreach (var (attempt, ceiling) in new[] { (0, 100.0), (2, 400.0), (10, 1000.0) })
        {
            var delays = Enumerable.Range(0, 2000).Select(_ => RetryPipeline.FullJitter(retry, attempt).TotalMilliseconds).ToList();
            Assert.All(delays, d => Assert.InRange(d, 0, ceiling));
            Assert.True(delays.Min() < ceiling * 0.05 && delays.Max() > ceiling * 0.95, $"attempt {attempt}: {delays.Min()}..{delays.Max()} does not spread over 0..{ceiling}");
        }
    }
}
