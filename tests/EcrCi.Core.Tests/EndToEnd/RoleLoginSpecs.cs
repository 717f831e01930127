using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

public class RoleLoginSpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    private const string Role = "arn:aws:iam::111111111111:role/ecr-login-ci";

    private EcrAuthOptions Options(string dockerConfig, string? tokenFile, bool withRunnerVariables = true)
    {
        var variables = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_ECR"] = world.Emulator.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_STS"] = world.Emulator.StsEndpoint.ToString(),
            ["PATH"] = Environment.GetEnvironmentVariable("PATH"),
            ["GITHUB_REPOSITORY"] = "org/app",
            ["GITHUB_RUN_ID"] = "77",
        };
        if (withRunnerVariables)
        {
            variables["ACTIONS_ID_TOKEN_REQUEST_URL"] = world.Emulator.OidcRequestUrl.ToString();
            variables["ACTIONS_ID_TOKEN_REQUEST_TOKEN"] = world.Emulator.OidcRequestToken;
        }

        return world.Options(dockerConfig, null, RegistryWorld.FirstAccount) with
        {
            Credentials = null,
            RoleToAssume = Role,
            WebIdentityTokenFile = tokenFile,
            EnvironmentVariables = AwsEnvironment.FromDictionary(variables).Get,
        };
    }

    [Fact]
    public async Task A_role_assumed_with_the_runners_oidc_token_logs_in_with_nothing_else()
    {
        using var config = new TempDirectory();
        world.Emulator.TrustRole(Role, "repo:org/app:");
        var sts = world.Emulator.StsCalls;

        var result = await EcrAuth.LoginAsync(Options(config.Path, null));

        Assert.Equal(world.First.Host, Assert.Single(result.Tokens).Host);
        Assert.Equal(sts + 1, world.Emulator.StsCalls);
        var role = Assert.IsType<AssumedRoleCredentials>(result.AssumedRole);
        Assert.Equal("arn:aws:sts::111111111111:assumed-role/ecr-login-ci/ecr-login-org-app-77", role.AssumedRoleArn);
        Assert.Equal("[REDACTED]", role.SessionToken.ToString());
        Assert.Contains(world.Emulator.Requests, r => r.AccessKeyId == role.AccessKeyId);
        var push = await DockerEngine.RunAsync(["push", await ImportAsync(result.Tokens[0].Host)], environment: new Dictionary<string, string?> { ["DOCKER_CONFIG"] = config.Path });
        push.EnsureSuccess("docker push with the role's login");
    }

    [Fact]
    public async Task A_web_identity_token_file_works_too()
    {
        using var config = new TempDirectory();
        world.Emulator.TrustRole(Role, "repo:org/app:");
        await File.WriteAllTextAsync(config.File("token"), world.Emulator.IssueOidcToken());

        var result = await EcrAuth.GetTokensAsync(Options(config.Path, config.File("token"), withRunnerVariables: false));

        Assert.Equal(world.First.Host, Assert.Single(result.Tokens).Host);
    }

    [Fact]
    public async Task Without_id_token_permission_the_error_says_to_add_it()
    {
        using var config = new TempDirectory();

        var error = await Assert.ThrowsAsync<EcrLoginException>(() =>
            EcrAuth.GetTokensAsync(Options(config.Path, null, withRunnerVariables: false)));

        Assert.Equal(EcrErrorKind.NoCredentials, error.Kind);
        Assert.Contains("id-token: write", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trust_policy_that_rejects_the_subject_gives_stss_message_and_a_hint_on_sub()
    {
        using var config = new TempDirectory();
        world.Emulator.TrustRole(Role, "repo:org/other:");

        var error = await Assert.ThrowsAsync<EcrLoginException>(() =>
            EcrAuth.GetTokensAsync(Options(config.Path, null)));

        Assert.Equal(EcrErrorKind.AccessDenied, error.Kind);
        Assert.Contains("Not authorized to perform sts:AssumeRoleWithWebIdentity", error.Message, StringComparison.Ordinal);
        Assert.Contains("token.actions.githubusercontent.com:sub", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_role_arn_fails_before_any_call()
    {
        using var config = new TempDirectory();
        var requests = world.Emulator.TotalRequests;
        var options = Options(config.Path, null) with { RoleToAssume = "arn:aws:iam::111111111111:user/ci" };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.LoginAsync(options));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Equal(requests, world.Emulator.TotalRequests);
    }

    private static async Task<string> ImportAsync(string host)
    {
        var image = $"{host}/ecr-login/role:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        return image;
    }
}
