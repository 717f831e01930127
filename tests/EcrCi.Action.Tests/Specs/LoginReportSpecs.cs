using System.Text.Json.Nodes;
using EcrCi.Action.Steps;
using EcrCi.Aws;
using EcrCi.Secrets;
using EcrCi.Tokens;

namespace EcrCi.Action.Tests.Specs;

public class LoginReportSpecs
{
    private static readonly DateTimeOffset Expiry = new(2030, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static AuthorizationToken PublicToken() =>
        new("public.ecr.aws", "AWS", new Secret("public-registry-password-" + Guid.NewGuid().ToString("N")), Expiry) { Region = "us-east-1" };

    [Fact]
    public void Ecr_public_gets_the_outputs_amazon_ecr_login_gives_it_with_a_null_account()
    {
        var token = PublicToken();
        var report = new LoginReport(new EcrAuthResult([token], "docker", "/github/home/.docker", new Redactor()), SkipLogout: false, Export: null);

        var outputs = report.Outputs().ToDictionary();

        Assert.Equal("public.ecr.aws", outputs["registry"]);
        Assert.Equal("AWS", outputs["docker_username_public_ecr_aws"]);
        Assert.Equal(token.Password.Reveal(), outputs["docker_password_public_ecr_aws"]);
        Assert.Equal("2030-05-06T07:08:09Z", outputs["expires-at"]);
        var entry = Assert.Single(JsonNode.Parse(outputs["registries-json"])!.AsArray())!.AsObject();
        Assert.Null(entry["account-id"]);
        Assert.Equal("us-east-1", entry["region"]!.GetValue<string>());
        Assert.False(outputs.ContainsKey("docker-config"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Role_credentials_become_outputs_only_when_asked_and_the_summary_names_the_role_but_no_credential(bool outputCredentials)
    {
        var role = new RoleReport("arn:aws:iam::123456789012:role/ci", outputCredentials);
        var credentials = new AssumedRoleCredentials("ASIA" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant(), new Secret("secret-" + Guid.NewGuid()), new Secret("session-" + Guid.NewGuid()),
            Expiry.AddHours(-11), "arn:aws:sts::123456789012:assumed-role/ci/ecr-login-org-app-7");
        var result = new EcrAuthResult([PublicToken()], "docker", null, new Redactor()) { AssumedRole = credentials };
        var report = new LoginReport(result, SkipLogout: false, Export: null, role);

        var outputs = report.Outputs().ToDictionary();
        var summary = report.Summary();

        string[] roleOutputs = ["aws-access-key-id", "aws-secret-access-key", "aws-session-token", "aws-expiration"];
        if (outputCredentials)
        {
            Assert.Equal([credentials.AccessKeyId, credentials.SecretAccessKey.Reveal(), credentials.SessionToken.Reveal(), "2030-05-05T20:08:09Z"], roleOutputs.Select(name => outputs[name]));
        }
        else
        {
            Assert.DoesNotContain(outputs.Keys, roleOutputs.Contains);
        }

        Assert.Contains("Assumed the role `arn:aws:iam::123456789012:role/ci` as `arn:aws:sts::123456789012:assumed-role/ci/ecr-login-org-app-7`", summary, StringComparison.Ordinal);
        Assert.Contains("valid until 2030-05-05T20:08:09Z", summary, StringComparison.Ordinal);
        Assert.All(new[] { credentials.AccessKeyId, credentials.SecretAccessKey.Reveal(), credentials.SessionToken.Reveal() }, value => Assert.DoesNotContain(value, summary, StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_and_the_state_hold_no_credential()
    {
        var token = PublicToken();
        var report = new LoginReport(new EcrAuthResult([token], "podman", null, new Redactor()), SkipLogout: false, Export: null);

        var text = report.Summary() + string.Join('\n', report.State().Select(p => $"{p.Key}={p.Value}"));

        Assert.Contains("| `public.ecr.aws` | 2030-05-06T07:08:09Z |", text, StringComparison.Ordinal);
        Assert.Equal([new("registries", "public.ecr.aws"), new("container-client", "podman")], report.State());
        Assert.DoesNotContain(token.Password.Reveal(), text, StringComparison.Ordinal);
    }
}
