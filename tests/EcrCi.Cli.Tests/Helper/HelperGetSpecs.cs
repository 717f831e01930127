using System.Text.Json;
using EcrCi.Cli.Tests.Infrastructure;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Helper;

[Collection(CliCollection.Name)]
public class HelperGetSpecs(CliWorld world)
{
    private static JsonElement Answer(CommandResult result)
    {
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.StandardOutput} {result.StandardError}");
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    [Fact]
    public async Task Get_answers_an_alias_from_the_registry_map_with_the_ECR_password()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        var answer = Answer(await sandbox.HelperAsync("get", world.First.Host + "\n"));

        Assert.Equal(world.First.Host, answer.GetProperty("ServerURL").GetString());
        Assert.Equal("AWS", answer.GetProperty("Username").GetString());
        Assert.Equal(world.Emulator.Password, answer.GetProperty("Secret").GetString());
        Assert.Equal(3, answer.EnumerateObject().Count());
    }

    [Fact]
    public async Task Get_accepts_a_URL_and_echoes_the_server_URL_it_was_given()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = $"unrelated.example.com=333333333333, {world.SecondAlias}";
        var url = $"http://{world.Second.Host}/v2/";

        var answer = Answer(await sandbox.HelperAsync("get", url));

        Assert.Equal(url, answer.GetProperty("ServerURL").GetString());
        Assert.Equal(world.Emulator.Password, answer.GetProperty("Secret").GetString());
        var request = world.Emulator.Requests[^1];
        Assert.Equal([CliWorld.SecondAccount], request.RegistryIds);
    }

    [Fact]
    public async Task Get_of_an_ECR_host_asks_for_that_account_in_that_region()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["AWS_REGION"] = "us-east-1";
        var host = $"{CliWorld.FirstAccount}.dkr.ecr.{CliWorld.Region}.amazonaws.com";

        var answer = Answer(await sandbox.HelperAsync("get", $"https://{host}"));

        Assert.Equal(world.Emulator.Password, answer.GetProperty("Secret").GetString());
        var request = world.Emulator.Requests[^1];
        Assert.Equal(CliWorld.Region, request.Region);
        Assert.Equal([CliWorld.FirstAccount], request.RegistryIds);
    }

    [Theory]
    [InlineData("registry.example.com")]
    [InlineData("https://index.docker.io/v1/")]
    [InlineData("127.0.0.1:1")]
    [InlineData("123.dkr.ecr.eu-west-1.amazonaws.com")]
    public async Task Get_of_a_host_that_is_neither_ECR_nor_an_alias_answers_not_found_without_calling_ECR(string server)
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        var calls = world.Emulator.TotalRequests;

        var result = await sandbox.HelperAsync("get", server);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("credentials not found in native keychain", result.StandardOutput.Trim());
        Assert.Equal(calls, world.Emulator.TotalRequests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    [InlineData("not a host!")]
    public async Task Get_without_a_usable_server_URL_fails_with_the_reason_on_stdout(string input)
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.HelperAsync("get", input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("get ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("server URL", result.StandardOutput + File.ReadAllText(Path.Combine(sandbox.CacheDirectory, "credential-helper.log")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_when_ECR_refuses_fails_with_ECRs_reason_and_logs_it_without_secrets()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        world.Emulator.AccessDenied = true;
        CommandResult result;
        try
        {
            result = await sandbox.HelperAsync("get", world.First.Host);
        }
        finally
        {
            world.Emulator.AccessDenied = false;
        }

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AccessDeniedException", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ecr:GetAuthorizationToken", result.StandardOutput, StringComparison.Ordinal);
        var log = File.ReadAllText(Path.Combine(sandbox.CacheDirectory, "credential-helper.log"));
        Assert.Contains("AccessDeniedException", log, StringComparison.Ordinal);
        foreach (var secret in new[] { world.Emulator.SecretAccessKey, world.Emulator.Password })
        {
            Assert.DoesNotContain(secret, result.StandardOutput + result.StandardError + log, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(sandbox.CacheFile) && File.ReadAllText(sandbox.CacheFile).Contains(CliWorld.FirstAccount, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_helper_link_and_the_credential_helper_command_answer_alike()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        var link = await sandbox.HelperAsync("get", world.First.Host);
        var command = await sandbox.RunWithInputAsync(world.First.Host, "credential-helper", "get");

        Assert.Equal(Answer(link).ToString(), Answer(command).ToString());
    }
}
