using EcrCi.Cli.Tests.Infrastructure;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Credentials;

/// <summary>
/// Every credential source through ecr-login as users run it, the framework-dependent tool and
/// the Native AOT binary: each process sees only the scenario's variables (plus PATH), and the
/// emulator tells which key signed the ECR call.
/// </summary>
public sealed class CredentialMatrixSpecs : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-cli-credentials-");
    private EcrEmulator emulator = null!;

    public static IEnumerable<object[]> Cases() =>
        from build in new[] { "framework-dependent", "native" }
        from scenario in CredentialScenarios.Names()
        select new object[] { build, scenario[0] };

    public async Task InitializeAsync() => emulator = await EcrEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        await emulator.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_source_signs_the_ecr_call_in_each_build(string build, string name)
    {
        var scenario = CredentialScenarios.Create(name, emulator, folder.FullName);
        string[] arguments = scenario.Profile is { } profile
            ? ["get-login-password", "--profile", profile]
            : ["get-login-password"];

        var result = await RunAsync(build, arguments, scenario.Environment);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.StandardError}");
        Assert.Equal(emulator.Password, result.StandardOutput.Trim());
        Assert.Equal(scenario.ExpectedSigner, emulator.SourceOfLastEcrCall);
    }

    [Theory]
    [InlineData("framework-dependent")]
    [InlineData("native")]
    public async Task A_failing_credential_process_ends_with_one_line_and_no_stack_trace(string build)
    {
        var environment = CredentialScenarios.BaseEnvironment(emulator, folder.FullName);
        var script = Path.Combine(folder.FullName, "fails.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\nexit 1\n");
        CredentialScenarios.MakeExecutable(script);
        await File.WriteAllTextAsync(environment["AWS_CONFIG_FILE"]!, $"[profile broken]\ncredential_process = {script}\n");
        environment["AWS_PROFILE"] = "broken";

        var result = await RunAsync(build, ["get-login-password"], environment);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("credential_process of profile 'broken'", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("framework-dependent")]
    [InlineData("native")]
    public async Task Under_web_identity_a_second_helper_process_answers_from_the_cache_without_sts_or_ecr(string build)
    {
        var scenario = CredentialScenarios.Create("web-identity-environment", emulator, folder.FullName);
        var host = $"111111111111.dkr.ecr.{scenario.Environment["AWS_REGION"]}.amazonaws.com";
        var (sts, ecr) = (emulator.StsCalls, emulator.Requests.Count);

        var first = await RunAsync(build, ["credential-helper", "get"], scenario.Environment, host + "\n");
        // The kubelet rotates the projected token; the identity (account and role) stays the same.
        await File.WriteAllTextAsync(scenario.Environment["AWS_WEB_IDENTITY_TOKEN_FILE"]!, emulator.IssueOidcToken());
        var second = await RunAsync(build, ["credential-helper", "get"], scenario.Environment, host + "\n");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, $"{first.StandardError}\n{second.StandardError}");
        Assert.Contains(emulator.Password, second.StandardOutput, StringComparison.Ordinal);
        Assert.Equal((sts + 1, ecr + 1), (emulator.StsCalls, emulator.Requests.Count));
    }

    private static async Task<CommandResult> RunAsync(string build, string[] arguments, IReadOnlyDictionary<string, string?> scenario, string? standardInput = null)
    {
        var executable = build == "native" ? await NativeCliBinary.PathAsync() : CliBinary.AppHost;
        var environment = new Dictionary<string, string?>(scenario) { ["PATH"] = Environment.GetEnvironmentVariable("PATH") };
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { } root)
        {
            environment["DOTNET_ROOT"] = root;
        }

        return await ProcessRunner.RunAsync(new ProcessRequest(executable, arguments)
        {
            Environment = environment,
            ReplaceEnvironment = true,
            StandardInput = standardInput,
            Limit = TimeSpan.FromMinutes(2),
        });
    }
}
