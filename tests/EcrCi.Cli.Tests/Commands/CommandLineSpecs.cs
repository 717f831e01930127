using EcrCi.Cli.Tests.Infrastructure;

namespace EcrCi.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public class CommandLineSpecs(CliWorld world)
{
    [Theory]
    [InlineData("--help")]
    [InlineData("login", "--help")]
    [InlineData("get-login-password", "--help")]
    [InlineData("logout", "--help")]
    [InlineData("configure-helper", "--help")]
    [InlineData("credential-helper", "--help")]
    public async Task Every_command_has_help(params string[] arguments)
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.RunAsync(arguments);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"ecr-login {string.Join(' ', arguments[..^1])}".TrimEnd(), result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_help_documents_the_exit_codes()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.RunAsync("--help");

        Assert.Contains("Exit codes: 0 success; 1 failure", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("2 usage", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("login", "--client", "rkt")]
    [InlineData("login", "--region")]
    [InlineData("frobnicate")]
    [InlineData]
    public async Task Command_line_mistakes_exit_with_2(params string[] arguments)
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.TotalRequests;

        var result = await sandbox.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual(string.Empty, result.StandardError.Trim());
        Assert.Equal(calls, world.Emulator.TotalRequests);
    }

    [Theory]
    [InlineData("login", "12345678901", "It has 11 digits")]
    [InlineData("login", "not-ecr.example.com", "is not an Amazon ECR registry")]
    [InlineData("get-login-password", "--region=mars", "is not an AWS region")]
    public async Task Bad_inputs_exit_with_2_and_the_cores_message_before_any_call(string command, string value, string message)
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.TotalRequests;

        var result = await sandbox.RunAsync(command, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.Equal(calls, world.Emulator.TotalRequests);
    }

    [Theory]
    [InlineData("login", "--retry-mode", "fast", "--retry-mode is 'fast': expected legacy, standard or adaptive.")]
    [InlineData("get-login-password", "--retry-mode", "quick", "--retry-mode is 'quick': expected legacy, standard or adaptive.")]
    [InlineData("login", "--login-timeout-seconds", "1m", "--login-timeout-seconds is '1m': expected a number of seconds")]
    [InlineData("login", "--login-timeout-seconds", "0", "--login-timeout-seconds was refused: The login timeout is 00:00:00: expected more than zero.")]
    public async Task A_malformed_retry_mode_or_login_timeout_exits_with_2_naming_the_flag_before_any_call(string command, string flag, string value, string message)
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.TotalRequests;

        var result = await sandbox.RunAsync(command, flag, value, CliWorld.FirstAccount);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.Equal(calls, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task The_retry_mode_flag_wins_over_AWS_RETRY_MODE()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["AWS_RETRY_MODE"] = "fast";

        var refused = await sandbox.RunAsync("get-login-password", "--no-cache");
        var result = await sandbox.RunAsync("get-login-password", "--no-cache", "--retry-mode", "Adaptive");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("AWS_RETRY_MODE is 'fast'", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
        Assert.NotEqual(string.Empty, result.StandardOutput.Trim());
    }

    [Fact]
    public async Task A_login_slower_than_the_login_timeout_fails_within_it()
    {
        using var sandbox = world.NewSandbox();
        var stalled = Path.Combine(sandbox.Bin, "docker-stalled");
        File.WriteAllText(stalled, "#!/bin/sh\nexec sleep 30\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(stalled, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        sandbox.Variables["DOCKER_EXE"] = stalled;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await sandbox.RunAsync("login", "--no-cache", "--login-timeout-seconds", "1.5", CliWorld.FirstAccount);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did not finish within 1.5 s", result.StandardError, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the login took {clock.Elapsed}");
    }

    [Fact]
    public async Task Missing_credentials_exit_with_1_and_name_the_sources()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["AWS_ACCESS_KEY_ID"] = null;
        sandbox.Variables["AWS_SECRET_ACCESS_KEY"] = null;

        var result = await sandbox.RunAsync("get-login-password");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No AWS credentials were found", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StandardOutput);
    }

    [Fact]
    public async Task A_failing_container_client_exits_with_1_and_says_so()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.DockerConfig);
        sandbox.Variables["DOCKER_EXE"] = "/bin/false";

        var result = await sandbox.RunAsync("login", CliWorld.FirstAccount);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("failed with exit code 1", result.StandardError, StringComparison.Ordinal);
    }
}
