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

    private static async Task<CommandResult> RunAsync(string build, string[] arguments, IReadOnlyDictionary<string, string?> scenario)
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
            Limit = TimeSpan.FromMinutes(2),
        });
    }
}
