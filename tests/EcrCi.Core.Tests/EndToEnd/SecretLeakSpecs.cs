using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

public class SecretLeakSpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    [Fact]
    public async Task No_process_command_line_or_environment_holds_the_password_during_a_login()
    {
        using var config = new TempDirectory();

        var (_, report) = await ProcessWatcher.WatchAsync(
            () => EcrAuth.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount, RegistryWorld.SecondAccount)),
            ProcessWatcher.IsDockerLogin,
            [world.Emulator.Password, world.Emulator.AuthorizationToken]);

        Assert.True(report.Sightings > 0, "the watcher never saw the docker login process");
        Assert.Empty(report.Leaks);
    }

    [Fact]
    public async Task No_log_event_result_text_or_error_holds_the_password_or_the_token()
    {
        using var config = new TempDirectory();
        var logger = new CapturingLogger();
        world.Emulator.ThrottleNext(1);

        var result = await EcrAuth.LoginAsync(world.Options(config.Path, logger, RegistryWorld.FirstAccount));
        world.Emulator.MapRegistry("444444444444", "127.0.0.1:1");
        var error = await Assert.ThrowsAsync<EcrLoginException>(() =>
            EcrAuth.LoginAsync(world.Options(config.Path, logger, "444444444444")));

        var everything = string.Join('\n', logger.AllText, result.ToString(), string.Join('\n', result.Tokens), error.ToString());
        Assert.Contains(logger.Events, e => e.Render().Contains("Logged in to", StringComparison.Ordinal));
        Assert.DoesNotContain(world.Emulator.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.AuthorizationToken, everything, StringComparison.Ordinal);
        Assert.Equal(world.Emulator.Password, result.Tokens[0].Password.Reveal());
    }
}
