using EcrCi.Cli.Tests.Infrastructure;

namespace EcrCi.Cli.Tests.Helper;

[Collection(CliCollection.Name)]
public class HelperActionSpecs(CliWorld world)
{
    [Fact]
    public async Task List_answers_an_empty_object_when_nothing_is_served()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.HelperAsync("list", string.Empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("{}", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task List_answers_each_alias_and_each_cached_ecr_host_with_user_AWS_and_no_secret()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        var ecrHost = $"333333333333.dkr.ecr.{CliWorld.Region}.amazonaws.com"; // an account the emulator maps to no local registry
        Assert.Equal(0, (await sandbox.HelperAsync("get", ecrHost)).ExitCode);

        var result = await sandbox.HelperAsync("list", string.Empty);

        Assert.Equal(0, result.ExitCode);
        var listed = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(result.StandardOutput)!;
        Assert.Equal("AWS", listed[world.First.Host]);
        Assert.Equal("AWS", listed[ecrHost]);
        Assert.DoesNotContain(world.Emulator.Password, result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_for_a_host_it_does_not_serve_fails_as_docker_expects_and_keeps_nothing()
    {
        using var sandbox = world.NewSandbox();
        const string secret = "a-docker-hub-password";

        var result = await sandbox.HelperAsync("store", $$"""{"ServerURL":"https://index.docker.io/v1/","Username":"me","Secret":"{{secret}}"}""");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("index.docker.io is not an Amazon ECR registry or an alias of one", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("AWS_ECR_IGNORE_CREDS_STORAGE=true", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AWS_ECR_IGNORE_CREDS_STORAGE")]
    [InlineData("ECR_LOGIN_IGNORE_CREDS_STORAGE")]
    public async Task Store_and_erase_for_any_host_are_accepted_and_dropped_when_asked_to(string variable)
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables[variable] = "true";

        var store = await sandbox.HelperAsync("store", """{"ServerURL":"https://index.docker.io/v1/","Username":"me","Secret":"x"}""");
        var erase = await sandbox.HelperAsync("erase", "https://index.docker.io/v1/");

        Assert.Equal((0, 0), (store.ExitCode, erase.ExitCode));
    }

    [Fact]
    public async Task Erase_for_a_host_it_does_not_serve_fails()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.HelperAsync("erase", "ghcr.io");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ghcr.io is not an Amazon ECR registry", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-v")]
    [InlineData("--version")]
    public async Task The_version_flags_print_the_version_as_dockers_helpers_do(string flag)
    {
        using var sandbox = world.NewSandbox();

        var result = await CliProcess.RunAsync(sandbox.HelperPath, [flag], sandbox.Environment(), string.Empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^docker-credential-ecr-login-ci \(ecr-login\) \d+\.\d+\.\d+", result.StandardOutput);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    public async Task The_help_flags_print_the_usage_and_succeed(string flag)
    {
        using var sandbox = world.NewSandbox();

        var result = await CliProcess.RunAsync(sandbox.HelperPath, [flag], sandbox.Environment(), string.Empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage: docker-credential-ecr-login-ci <get|store|erase|list|version>", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_go_helpers_disable_cache_variable_turns_the_cache_off()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        sandbox.Variables["AWS_ECR_DISABLE_CACHE"] = "1";
        var calls = world.Emulator.PrivateCalls;

        Assert.Equal(0, (await sandbox.HelperAsync("get", world.First.Host)).ExitCode);
        Assert.Equal(0, (await sandbox.HelperAsync("get", world.First.Host)).ExitCode);

        Assert.Equal(calls + 2, world.Emulator.PrivateCalls);
        Assert.False(File.Exists(sandbox.CacheFile));
    }

    [Fact]
    public async Task Store_for_an_alias_accepts_the_credential_and_keeps_nothing()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        const string secret = "a-password-docker-wanted-stored";

        var result = await sandbox.HelperAsync("store", $$"""{"ServerURL":"{{world.First.Host}}","Username":"AWS","Secret":"{{secret}}"}""");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.StandardOutput);
        var written = Directory.Exists(sandbox.CacheDirectory)
            ? Directory.EnumerateFiles(sandbox.Root, "*", SearchOption.AllDirectories).Where(f => !f.StartsWith(sandbox.Bin, StringComparison.Ordinal)).ToList()
            : [];
        Assert.DoesNotContain(written, file => File.ReadAllText(file).Contains(secret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"Username":"AWS","Secret":"x"}""")]
    [InlineData("[1,2]")]
    public async Task Store_refuses_input_that_is_not_a_credential(string input)
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.HelperAsync("store", input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("store expects a JSON object", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_accepts_a_server_URL_and_erases_nothing()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        Assert.Equal(0, (await sandbox.HelperAsync("get", world.First.Host)).ExitCode);
        var cache = File.ReadAllBytes(sandbox.CacheFile);

        var result = await sandbox.HelperAsync("erase", world.First.Host);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(cache, File.ReadAllBytes(sandbox.CacheFile));
    }

    [Theory]
    [InlineData("get")]
    [InlineData("store")]
    [InlineData("erase")]
    public async Task A_request_larger_than_64_KiB_is_refused_without_a_call(string action)
    {
        using var sandbox = world.NewSandbox();
        var calls = world.Emulator.TotalRequests;

        var result = await sandbox.HelperAsync(action, new string('a', 70 * 1024) + ".dkr.ecr.eu-west-1.amazonaws.com\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{action} was given more than 64 KiB on standard input", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(calls, world.Emulator.TotalRequests);
    }

    [Fact]
    public async Task Erase_refuses_an_empty_server_URL()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.HelperAsync("erase", "\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("erase expects a server URL", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_names_the_helper_and_the_tool_version()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.HelperAsync("version", string.Empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^docker-credential-ecr-login-ci \(ecr-login\) \d+\.\d+\.\d+", result.StandardOutput);
    }

    [Theory]
    [InlineData("fetch")]
    [InlineData("")]
    public async Task An_unknown_or_missing_action_is_a_usage_error(string action)
    {
        using var sandbox = world.NewSandbox();
        string[] linkArguments = action.Length == 0 ? [] : [action];

        var link = await CliProcess.RunAsync(sandbox.HelperPath, linkArguments, sandbox.Environment(), string.Empty);
        var command = await sandbox.RunAsync(["credential-helper", .. linkArguments]);

        Assert.Equal(2, link.ExitCode);
        Assert.Contains("Usage: docker-credential-ecr-login-ci <get|store|erase|list|version>", link.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, command.ExitCode);
    }
}
