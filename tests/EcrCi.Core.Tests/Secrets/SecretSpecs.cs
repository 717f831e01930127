using EcrCi.Logging;
using EcrCi.Secrets;
using EcrCi.Tokens;

namespace EcrCi.Tests.Secrets;

public class SecretSpecs
{
    [Fact]
    public void A_secret_prints_as_redacted_everywhere()
    {
        var secret = new Secret("p4ssw0rd-" + Guid.NewGuid());
        var token = new AuthorizationToken("host", "AWS", secret, DateTimeOffset.UnixEpoch);

        Assert.Equal("[REDACTED]", secret.ToString());
        Assert.Equal("[REDACTED]", $"{secret}");
        Assert.DoesNotContain(secret.Reveal(), token.ToString(), StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", token.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_redactor_hides_a_secret_and_each_of_its_lines()
    {
        var redactor = new Redactor();
        redactor.Add("first-line-secret\nsecond-line-secret");

        Assert.Equal("a [REDACTED] b", redactor.Redact("a first-line-secret\nsecond-line-secret b"));
        Assert.Equal("echo: [REDACTED]", redactor.Redact("echo: second-line-secret"));
        Assert.Equal("nothing here", redactor.Redact("nothing here"));
    }

    [Fact]
    public void A_secret_is_redacted_by_the_operation_that_registered_it_and_no_other()
    {
        var value = "scoped-" + Guid.NewGuid();
        var mine = new Redactor();
        var another = new Redactor();
        mine.Add(new Secret(value));

        Assert.Equal("x [REDACTED] y", mine.Redact($"x {value} y"));
        Assert.Equal($"x {value} y", another.Redact($"x {value} y"));
    }

    [Fact]
    public void An_error_hides_the_secrets_of_its_operation_in_its_message_and_text()
    {
        var value = "in-error-" + Guid.NewGuid();
        var redactor = new Redactor();
        redactor.Add(value);
        var error = new Errors.EcrLoginException(Errors.EcrErrorKind.ContainerClientFailed, $"echo {value}", new InvalidOperationException($"inner {value}"))
        {
            Redaction = redactor,
        };

        Assert.Equal("echo [REDACTED]", error.Message);
        Assert.DoesNotContain(value, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_event_renders_its_values_into_the_template()
    {
        var logEvent = new EcrLogEvent(EcrLogLevel.Information, "Logged in to {Registry} until {ExpiresAt}", ["r.example", DateTimeOffset.UnixEpoch]);

        Assert.Equal("Logged in to r.example until 1970-01-01 00:00:00Z", logEvent.Render());
    }
}
