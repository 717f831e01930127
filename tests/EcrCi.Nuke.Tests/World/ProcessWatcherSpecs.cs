using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.World;

public class ProcessWatcherSpecs
{
    [Fact]
    public async Task The_watcher_catches_a_secret_on_a_command_line_so_a_clean_report_means_something()
    {
        var secret = "leak-" + Guid.NewGuid().ToString("N");
        var shell = TestEnvironment.RequireTool("sh", "Install a POSIX shell.");

        var (result, report) = await ProcessWatcher.WatchAsync(
            () => ProcessRunner.RunAsync(new ProcessRequest(shell, ["-c", "sleep 1; exit 0", secret]) { Limit = TimeSpan.FromSeconds(10) }),
            commandLine => commandLine.Contains(secret, StringComparison.Ordinal),
            [secret]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(report.Sightings > 0);
        Assert.NotEmpty(report.Leaks);
    }
}
