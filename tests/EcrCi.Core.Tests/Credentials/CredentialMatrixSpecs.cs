using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Tests.Credentials;

/// <summary>The process-wide variables the SDK's SSO client reads (HOME, AWS_ENDPOINT_URL_SSO) are set by these specs, so nothing runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process environment";
}

/// <summary>Every credential source, through the core in-process: the emulator tells which key signed the ECR call.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class CredentialMatrixSpecs : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-credentials-");
    private EcrEmulator emulator = null!;

    public async Task InitializeAsync() => emulator = await EcrEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        await emulator.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Theory]
    [MemberData(nameof(CredentialScenarios.Names), MemberType = typeof(CredentialScenarios))]
    public async Task Each_source_signs_the_ecr_call_with_its_own_keys(string name)
    {
        var scenario = CredentialScenarios.Create(name, emulator, folder.FullName);

        var result = await WithProcessVariables(scenario.Environment, () => EcrAuth.GetTokensAsync(Options(scenario.Environment) with { Profile = scenario.Profile }));

        Assert.Single(result.Tokens);
        Assert.Equal(scenario.ExpectedSigner, emulator.SourceOfLastEcrCall);
    }

    [Fact]
    public async Task A_chained_profile_signs_assume_role_with_its_source_and_sends_its_settings()
    {
        var scenario = CredentialScenarios.Create("chained-role-profile", emulator, folder.FullName);

        await EcrAuth.GetTokensAsync(Options(scenario.Environment));

        var call = Assert.Single(emulator.StsRequests, c => c.Action == "AssumeRole");
        Assert.Equal("source-profile", call.SignerLabel);
        Assert.Equal("ext-1234", call.ExternalId);
        Assert.Equal("matrix-session", call.SessionName);
        Assert.Equal(1800, call.DurationSeconds);
    }

    [Theory]
    [InlineData("chained-role-profile", "AssumeRole")]
    [InlineData("web-identity-environment", "AssumeRoleWithWebIdentity")]
    public async Task A_throttled_then_failing_sts_call_is_retried_until_it_succeeds(string name, string action)
    {
        var scenario = CredentialScenarios.Create(name, emulator, folder.FullName);
        emulator.ThrottleSts(2);
        emulator.FailSts(1);

        await EcrAuth.GetTokensAsync(Options(scenario.Environment) with { Profile = scenario.Profile });

        Assert.Equal(4, emulator.StsRequests.Count(c => c.Action == action));
        Assert.Equal(scenario.ExpectedSigner, emulator.SourceOfLastEcrCall);
    }

    [Fact]
    public async Task With_no_source_the_error_names_each_source_and_why_on_its_own_line()
    {
        var environment = CredentialScenarios.BaseEnvironment(emulator, folder.FullName);

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(environment)));

        Assert.Equal(EcrErrorKind.NoCredentials, error.Kind);
        foreach (var expected in (string[])["AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set", "no default profile", "AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not set", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_EC2_METADATA_DISABLED is true"])
        {
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        Assert.True(error.Message.Split('\n').Length >= 6, error.Message);
    }

    [Fact]
    public async Task A_too_short_session_name_in_the_environment_is_named_before_any_call()
    {
        var scenario = CredentialScenarios.Create("web-identity-environment", emulator, folder.FullName);
        var environment = new Dictionary<string, string?>(scenario.Environment) { ["AWS_ROLE_SESSION_NAME"] = "s" };
        var stsBefore = emulator.StsCalls;

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(environment)));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains("AWS_ROLE_SESSION_NAME", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 to 64", error.Message, StringComparison.Ordinal);
        Assert.Equal(stsBefore, emulator.StsCalls);
    }

    [Fact]
    public async Task A_credential_process_that_exits_1_is_a_classified_error_naming_the_profile()
    {
        var environment = CredentialScenarios.BaseEnvironment(emulator, folder.FullName);
        var script = Path.Combine(folder.FullName, "fails.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\necho 'token service down' >&2\nexit 1\n");
        CredentialScenarios.MakeExecutable(script);
        await File.WriteAllTextAsync(environment["AWS_CONFIG_FILE"]!, $"[profile broken]\ncredential_process = {script}\n");
        environment["AWS_PROFILE"] = "broken";

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(environment)));

        Assert.Equal(EcrErrorKind.NoCredentials, error.Kind);
        Assert.Contains("credential_process of profile 'broken'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_that_needs_an_mfa_code_is_refused_before_any_call()
    {
        var environment = CredentialScenarios.BaseEnvironment(emulator, folder.FullName);
        await File.WriteAllTextAsync(environment["AWS_CONFIG_FILE"]!, $"[profile mfa]\nrole_arn = {CredentialScenarios.ChainedRole}\nsource_profile = base\nmfa_serial = arn:aws:iam::111111111111:mfa/ci\n");
        environment["AWS_PROFILE"] = "mfa";
        var stsBefore = emulator.StsCalls;

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.GetTokensAsync(Options(environment)));

        Assert.Contains("mfa_serial", error.Message, StringComparison.Ordinal);
        Assert.Equal(stsBefore, emulator.StsCalls);
    }

    [Fact]
    public async Task An_expired_sso_login_says_to_run_aws_sso_login_for_the_profile()
    {
        var scenario = CredentialScenarios.Create("sso-session", emulator, folder.FullName);
        var cache = Directory.GetFiles(Path.Combine(folder.FullName, ".aws", "sso", "cache")).Single();
        await File.WriteAllTextAsync(cache, (await File.ReadAllTextAsync(cache)).Replace(DateTimeOffset.UtcNow.AddHours(8).Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-", "2020-", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => WithProcessVariables(scenario.Environment, () => EcrAuth.GetTokensAsync(Options(scenario.Environment))));

        Assert.Equal(EcrErrorKind.ExpiredCredentials, error.Kind);
        Assert.Contains("aws sso login --profile dev", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, emulator.SsoCalls);
    }

    [Fact]
    public async Task On_ec2_with_no_region_set_the_instances_region_is_the_last_fallback()
    {
        var scenario = CredentialScenarios.Create("instance-metadata", emulator, folder.FullName);
        emulator.ServeInstanceProfile("ci-instance", "ap-southeast-2");
        var environment = new Dictionary<string, string?>(scenario.Environment) { ["AWS_REGION"] = null };

        var result = await EcrAuth.GetTokensAsync(Options(environment));

        Assert.Equal("111111111111.dkr.ecr.ap-southeast-2.amazonaws.com", Assert.Single(result.Tokens).Host);
        Assert.Equal("ap-southeast-2", emulator.Requests.Last().Region);
    }

    private EcrAuthOptions Options(IReadOnlyDictionary<string, string?> environment) => new()
    {
        Registries = ["111111111111"],
        EnvironmentVariables = name => environment.TryGetValue(name, out var value) ? value : null,
    };

    /// <summary>The SDK's SSO client reads HOME (for its token cache) and AWS_ENDPOINT_URL_SSO from the process.</summary>
    private static async Task<T> WithProcessVariables<T>(IReadOnlyDictionary<string, string?> environment, Func<Task<T>> action)
    {
        string[] names = ["HOME", "AWS_ENDPOINT_URL_SSO", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"];
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, environment.GetValueOrDefault(name));
            }

            return await action();
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
