using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using EcrCi.Errors;
using EcrCi.Secrets;

namespace EcrCi.Tests.Failures;

public class UnexpectedFailureSpecs
{
    private const string Secret = "s3cret-value-in-a-message";

    [Fact]
    public async Task A_failing_credential_process_becomes_an_invalid_credentials_error()
    {
        var options = Options(new ThrowingCredentials(new ProcessAWSCredentialException("the process exited with 1")));

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));

        Assert.Equal(EcrErrorKind.InvalidCredentials, error.Kind);
        Assert.Contains("credential_process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_http_failure_becomes_a_network_error()
    {
        var options = Options(new ThrowingCredentials(new HttpRequestException("connection refused")));

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(options));

        Assert.Equal(EcrErrorKind.Network, error.Kind);
    }

    [Fact]
    public void An_unreadable_answer_is_described_without_its_body()
    {
        var redactor = new Redactor();
        var unreadable = new JsonException($"'{Secret}' is an invalid start of a value");

        var error = UnexpectedFailure.Wrap(unreadable, redactor);

        Assert.Equal(EcrErrorKind.MalformedResponse, error.Kind);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrapped_failure_hides_the_operations_secrets_in_its_text()
    {
        var redactor = new Redactor();
        redactor.Add(Secret);

        var error = UnexpectedFailure.Wrap(new InvalidOperationException($"saw {Secret}"), redactor);

        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_and_argument_errors_are_not_wrapped()
    {
        Assert.True(UnexpectedFailure.PassesThrough(new OperationCanceledException()));
        Assert.True(UnexpectedFailure.PassesThrough(new ArgumentNullException("options")));
        Assert.False(UnexpectedFailure.PassesThrough(new WebException("x")));
    }

    private static EcrAuthOptions Options(AWSCredentials credentials) => new()
    {
        Registries = ["123456789012.dkr.ecr.eu-west-1.amazonaws.com"],
        Credentials = credentials,
        EnvironmentVariables = EcrCi.Aws.AwsEnvironment.FromDictionary(new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_ECR"] = "http://127.0.0.1:9/" }).Get,
        RetryAttempts = 1,
    };

    private sealed class ThrowingCredentials(Exception failure) : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => throw failure;

        public override Task<ImmutableCredentials> GetCredentialsAsync() => Task.FromException<ImmutableCredentials>(failure);
    }
}
