using System.Text.Json;
using EcrCi.Cli.Tests.Infrastructure;

namespace EcrCi.Cli.Tests.Helper;

/// <summary>
/// <c>ecr-login ACTION</c> with one credential-helper action speaks the helper protocol, whatever
/// name the process was started by: on macOS a .NET tool cannot see the link name Docker ran.
/// </summary>
[Collection(CliCollection.Name)]
public class HelperActionArgumentSpecs(CliWorld world)
{
    [Fact]
    public async Task Ecr_login_get_with_a_server_URL_on_stdin_answers_like_the_helper()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        var result = await sandbox.RunWithInputAsync(world.First.Host + "\n", "get");

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.StandardOutput} {result.StandardError}");
        var answer = JsonDocument.Parse(result.StandardOutput).RootElement;
        Assert.Equal(world.First.Host, answer.GetProperty("ServerURL").GetString());
        Assert.Equal("AWS", answer.GetProperty("Username").GetString());
        Assert.Equal(world.Emulator.Password, answer.GetProperty("Secret").GetString());
    }

    [Theory]
    [InlineData("list", "")]
    [InlineData("erase", "111111111111.dkr.ecr.eu-west-1.amazonaws.com")]
    public async Task Ecr_login_with_another_lone_helper_action_answers_like_the_helper(string action, string input)
    {
        using var sandbox = world.NewSandbox();

        var viaTool = await sandbox.RunWithInputAsync(input, action);
        var viaLink = await sandbox.HelperAsync(action, input);

        Assert.Equal(0, viaTool.ExitCode);
        Assert.Equal(viaLink.StandardOutput, viaTool.StandardOutput);
    }

    [Fact]
    public async Task A_helper_action_with_more_arguments_is_still_a_command_line_mistake()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.RunWithInputAsync(world.First.Host, "get", world.First.Host);

        Assert.Equal(2, result.ExitCode);
    }
}
