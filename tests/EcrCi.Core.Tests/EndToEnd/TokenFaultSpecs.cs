using EcrCi.Tokens;
using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

public sealed class TokenFaultSpecs : IAsyncLifetime
{
    private EcrEmulator emulator = null!;

    public async Task InitializeAsync() => emulator = await EcrEmulator.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    private EcrAuthOptions Options(params string[] registries) => RegistryWorld.ForEmulator(emulator, null, null, registries);

    [Fact]
    public async Task Access_denied_fails_at_once_and_names_the_permission()
    {
        emulator.AccessDenied = true;

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options("123456789012")));

        Assert.Equal(EcrErrorKind.AccessDenied, error.Kind);
        Assert.Contains("ecr:GetAuthorizationToken", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.PrivateCalls);
    }

    [Fact]
    public async Task Access_denied_on_ecr_public_names_both_permissions()
    {
        emulator.AccessDenied = true;

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options() with { Public = true }));

        Assert.Contains("ecr-public:GetAuthorizationToken", error.Message, StringComparison.Ordinal);
        Assert.Contains("sts:GetServiceBearerToken", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.PublicCalls);
    }

    [Fact]
    public async Task Expired_credentials_fail_at_once_and_say_so()
    {
        emulator.ExpiredToken = true;

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options("123456789012")));

        Assert.Equal(EcrErrorKind.ExpiredCredentials, error.Kind);
        Assert.Equal(1, emulator.PrivateCalls);
    }

    [Fact]
    public async Task A_wrong_secret_key_is_reported_as_invalid_credentials()
    {
        var options = Options("123456789012") with { Credentials = new Amazon.Runtime.BasicAWSCredentials(emulator.AccessKeyId, "wrong-secret") };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));

        Assert.Equal(EcrErrorKind.InvalidCredentials, error.Kind);
        Assert.Contains("AWS_SECRET_ACCESS_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_access_key_is_reported_as_invalid_credentials()
    {
        var options = Options("123456789012") with { Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIAUNKNOWN", "secret") };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));

        Assert.Equal(EcrErrorKind.InvalidCredentials, error.Kind);
        Assert.Equal("UnrecognizedClientException", error.AwsErrorCode);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_says_how_many_attempts_were_made()
    {
        emulator.ThrottleNext(100);
        var options = Options("123456789012") with { RetryAttempts = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(10) };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));

        Assert.Equal(EcrErrorKind.Throttled, error.Kind);
        Assert.Equal(3, error.Attempts);
        Assert.Contains("after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, emulator.PrivateCalls);
    }

    [Fact]
    public async Task Throttling_that_reaches_the_deadline_is_reported_as_throttling_not_as_no_answer()
    {
        emulator.ThrottleNext(10_000);
        var options = Options("123456789012") with
        {
            RetryAttempts = RetrySettings.MostAttempts,
            RetryBaseDelay = TimeSpan.FromMilliseconds(200),
            AttemptTimeout = TimeSpan.FromSeconds(1),
            RetryDeadline = TimeSpan.FromSeconds(1),
        };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));
        emulator.ThrottleNext(0);

        Assert.True(error.Kind == EcrErrorKind.Throttled, error.Message);
        Assert.DoesNotContain("No answer", error.Message, StringComparison.Ordinal);
        Assert.Contains("the last answer was ThrottlingException", error.Message, StringComparison.Ordinal);
        Assert.Contains("the deadline is 1 s", error.Message, StringComparison.Ordinal);
        Assert.True(error.Attempts > 1, error.Message);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(-30)]
    public async Task A_clock_far_from_aws_is_corrected_from_the_servers_date_and_the_call_succeeds(int minutes)
    {
        emulator.ClockOffset = TimeSpan.FromMinutes(minutes);
        var logger = new CapturingLogger();

        var result = await EcrAuth.GetTokensAsync(RegistryWorld.ForEmulator(emulator, null, logger, "123456789012"));

        var token = Assert.Single(result.Tokens);
        Assert.Equal(2, emulator.PrivateCalls);
        Assert.Contains("Synchronise the clock", logger.AllText, StringComparison.Ordinal);
        Assert.InRange(token.ExpiresAt, DateTimeOffset.UtcNow.AddHours(12).AddMinutes(-2), DateTimeOffset.UtcNow.AddHours(12).AddMinutes(2));
        Assert.Contains(minutes > 0 ? "behind" : "ahead of", logger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signature_refused_for_another_reason_is_not_signed_again()
    {
        emulator.ClockOffset = TimeSpan.FromSeconds(30);
        var options = RegistryWorld.ForEmulator(emulator, null, null, "123456789012") with
        {
            Credentials = new Amazon.Runtime.BasicAWSCredentials(emulator.AccessKeyId, "not-the-secret"),
        };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));

        Assert.Equal(EcrErrorKind.InvalidCredentials, error.Kind);
        Assert.Equal(1, emulator.PrivateCalls);
    }

    [Fact]
    public async Task A_malformed_answer_is_not_retried_and_says_what_was_wrong()
    {
        emulator.MalformedBody = true;

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options("123456789012")));

        Assert.Equal(EcrErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(emulator.Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_answer_times_out_per_attempt_and_is_retried()
    {
        emulator.Delay = TimeSpan.FromSeconds(2);
        var options = Options("123456789012") with { RetryAttempts = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(10), AttemptTimeout = TimeSpan.FromMilliseconds(300), RetryDeadline = TimeSpan.FromSeconds(10) };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));

        Assert.Equal(EcrErrorKind.Timeout, error.Kind);
        Assert.Equal(2, error.Attempts);
    }

    [Fact]
    public async Task Registries_in_two_regions_cost_one_call_each_and_public_one_more()
    {
        var options = Options("123456789012", "210987654321", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "public.ecr.aws") with { Region = null };
        options = options with { EnvironmentVariables = EcrCi.Aws.AwsEnvironment.FromDictionary(new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_ECR"] = emulator.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_ECR_PUBLIC"] = emulator.Endpoint.ToString(),
            ["AWS_DEFAULT_REGION"] = "eu-central-1",
        }).Get };

        var result = await EcrAuth.GetTokensAsync(options);

        Assert.Equal(
            ["123456789012.dkr.ecr.eu-central-1.amazonaws.com", "210987654321.dkr.ecr.eu-central-1.amazonaws.com", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "public.ecr.aws"],
            result.Tokens.Select(t => t.Host));
        Assert.Equal(2, emulator.PrivateCalls);
        Assert.Equal(1, emulator.PublicCalls);
        Assert.Contains(emulator.Requests, r => r.Region == "eu-central-1" && r.RegistryIds.SequenceEqual(["123456789012", "210987654321"]));
    }

    [Fact]
    public async Task A_missing_profile_reports_no_credentials_before_any_call()
    {
        var options = Options("123456789012") with { Credentials = null, Profile = "ecr-login-no-such-profile" };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));

        Assert.Equal(EcrErrorKind.NoCredentials, error.Kind);
        Assert.Contains("ecr-login-no-such-profile", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.TotalRequests);
    }
}

public sealed class NetworkFaultSpecs
{
    private static EcrAuthOptions Options(Uri endpoint, EcrEmulator emulator) => RegistryWorld.ForEmulator(emulator, null, null, "123456789012") with
    {
        EndpointUrl = endpoint,
        RetryAttempts = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(20),
    };

    [Fact]
    public async Task An_untrusted_certificate_is_not_retried_and_points_at_the_trust_store()
    {
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(emulator.TlsEndpoint!, emulator)));

        Assert.Equal(1, error.Attempts);
        Assert.Equal(EcrErrorKind.Network, error.Kind);
        Assert.Contains("TLS handshake failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.PrivateCalls);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_with_the_attempts()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(new Uri($"http://127.0.0.1:{closedPort}/"), emulator)));

        Assert.Equal(EcrErrorKind.Network, error.Kind);
        Assert.Equal(3, error.Attempts);
        Assert.Contains("after 3 attempt(s)", error.Message, StringComparison.Ordinal);
    }
}
