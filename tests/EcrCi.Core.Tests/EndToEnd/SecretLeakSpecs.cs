using System.Text;
using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

public class SecretLeakSpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    /// <summary>Reads every process's command line and environment while <paramref name="work"/> runs.</summary>
    private static async Task<(int Snapshots, List<string> Leaks)> WatchProcessesAsync(Func<Task> work, params string[] secrets)
    {
        TestEnvironment.RequireOrThrow(Directory.Exists("/proc/self"), "/proc", "run the end-to-end tests on Linux");
        var leaks = new List<string>();
        var snapshots = 0;
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var process in Directory.EnumerateDirectories("/proc").Where(d => char.IsAsciiDigit(Path.GetFileName(d)[0])))
                {
                    foreach (var file in (string[])["cmdline", "environ"])
                    {
                        string text;
                        try
                        {
                            text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(process, file)));
                        }
                        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                        {
                            continue;
                        }

                        if (text.Contains("login", StringComparison.Ordinal) && file == "cmdline")
                        {
                            Interlocked.Increment(ref snapshots);
                        }

                        leaks.AddRange(secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(_ => $"{process}/{file}"));
                    }
                }
            }
        });
        try
        {
            await work();
        }
        finally
        {
            await stop.CancelAsync();
            await watcher;
        }

        return (snapshots, leaks);
    }

    [Fact]
    public async Task No_process_command_line_or_environment_holds_the_password_during_a_login()
    {
        using var config = new TempDirectory();

        var (snapshots, leaks) = await WatchProcessesAsync(
            () => EcrLogin.LoginAsync(world.Options(config.Path, null, RegistryWorld.FirstAccount, RegistryWorld.SecondAccount)),
            world.Emulator.Password, world.Emulator.AuthorizationToken);

        Assert.True(snapshots > 0, "the watcher never saw the docker login process");
        Assert.Empty(leaks);
    }

    [Fact]
    public async Task No_log_event_result_text_or_error_holds_the_password_or_the_token()
    {
        using var config = new TempDirectory();
        var logger = new CapturingLogger();
        world.Emulator.ThrottleNext(1);

        var result = await EcrLogin.LoginAsync(world.Options(config.Path, logger, RegistryWorld.FirstAccount));
        world.Emulator.MapRegistry("444444444444", "127.0.0.1:1");
        var error = await Assert.ThrowsAsync<EcrLoginException>(() =>
            EcrLogin.LoginAsync(world.Options(config.Path, logger, "444444444444")));

        var everything = string.Join('\n', logger.AllText, result.ToString(), string.Join('\n', result.Tokens), error.ToString());
        Assert.Contains(logger.Events, e => e.Render().Contains("Logged in to", StringComparison.Ordinal));
        Assert.DoesNotContain(world.Emulator.Password, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.AuthorizationToken, everything, StringComparison.Ordinal);
        Assert.Equal(world.Emulator.Password, result.Tokens[0].Password.Reveal());
    }
}
