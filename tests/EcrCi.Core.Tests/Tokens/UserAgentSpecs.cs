using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Testing;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.Tokens;

/// <summary>Every AWS call names the product, its version and its front end, plus the user's app id, so CloudTrail can tell it apart.</summary>
public sealed class UserAgentSpecs : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-ua-");
    private EcrEmulator emulator = null!;

    public async Task InitializeAsync() => emulator = await EcrEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        await emulator.DisposeAsync();
        folder.Delete(recursive: true);
    }

    private EcrAuthOptions Options(string config, params (string Name, string Value)[] variables)
    {
        File.WriteAllText(Path.Combine(folder.FullName, "config"), config);
        var environment = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_ECR"] = emulator.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_STS"] = emulator.StsEndpoint.ToString(),
            ["AWS_CONFIG_FILE"] = Path.Combine(folder.FullName, "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder.FullName, "credentials"),
            ["HOME"] = folder.FullName,
        };
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return RegistryWorld.ForEmulator(emulator, null, null, "123456789012") with { EnvironmentVariables = AwsEnvironment.FromDictionary(environment).Get };
    }

    [Fact]
    public async Task The_token_call_names_the_product_version_front_end_and_the_app_id_from_the_environment()
    {
        await EcrAuth.GetTokensAsync(Options(string.Empty, ("AWS_SDK_UA_APP_ID", "billing-ci")) with { FrontEnd = "nuke" });

        var userAgent = emulator.Requests[^1].UserAgent;
        Assert.Matches(@"^ecr-login/\d+\.\d+\.\d+\S* md/frontend#nuke os/linux lang/dotnet#\d+\.\d+\.\d+ app/billing-ci$", userAgent);
    }

    [Fact]
    public async Task The_app_id_comes_from_the_profile_when_the_environment_has_none()
    {
        await EcrAuth.GetTokensAsync(Options("[default]\nsdk_ua_app_id = from-profile\n"));

        Assert.EndsWith(" app/from-profile", emulator.Requests[^1].UserAgent, StringComparison.Ordinal);
        Assert.Contains("md/frontend#library", emulator.Requests[^1].UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sts_calls_carry_the_product_after_the_sdks_own_agent()
    {
        var key = emulator.IssueCredentials("source");
        const string role = "arn:aws:iam::123456789012:role/ua";
        emulator.TrustRoleForChaining(role);
        var config = $"[profile chained]\nrole_arn = {role}\nsource_profile = base\n[profile base]\naws_access_key_id = {key.AccessKeyId}\naws_secret_access_key = {key.SecretAccessKey}\naws_session_token = {key.SessionToken}\n";

        await EcrAuth.GetTokensAsync(Options(config) with { Credentials = null, Profile = "chained", FrontEnd = "cake" });

        var call = Assert.Single(emulator.StsRequests, c => c.Action == "AssumeRole");
        Assert.Contains("aws-sdk-dotnet", call.UserAgent, StringComparison.Ordinal);
        Assert.Contains("ecr-login/", call.UserAgent, StringComparison.Ordinal);
        Assert.Contains("md/frontend#cake", call.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_id_longer_than_the_sdks_allow_is_refused_before_any_call()
    {
        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(string.Empty, ("AWS_SDK_UA_APP_ID", new string('a', 51)))));

        Assert.Contains("AWS_SDK_UA_APP_ID is 51 characters long", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.TotalRequests);
    }
}
