using EcrCi.Clients;
using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

/// <summary>A registry login that failed on the way is tried again (a few times); a refused password never is.</summary>
public class LoginRetrySpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    /// <summary>A docker whose first <paramref name="failures"/> logins fail with <paramref name="message"/>, then the real one; it counts the logins it saw.</summary>
    private static string DockerFailingFirst(TempDirectory folder, int failures, string message)
    {
        TestEnvironment.RequireOrThrow(!OperatingSystem.IsWindows(), "a POSIX shell for the stand-in client", "run these tests on Linux or macOS");
        var docker = TestEnvironment.RequireTool("docker", "apt-get install docker.io");
        var path = folder.File("docker");
        File.WriteAllText(path, $"""
            #!/bin/sh
            if [ "$1" = login ]; then
              seen=$(cat "$0.logins" 2>/dev/null || echo 0); seen=$((seen + 1)); echo "$seen" > "$0.logins"
              if [ "$seen" -le {failures} ]; then cat >/dev/null; echo '{message}' >&2; exit 1; fi
            fi
            exec '{docker}' "$@"

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static int Logins(TempDirectory folder) => int.Parse(File.ReadAllText(folder.File("docker.logins")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Error response from daemon: Get \"https://r/v2/\": received unexpected HTTP status: 503 Service Unavailable")]
    [InlineData("Error response from daemon: Get \"https://r/v2/\": read tcp 10.0.0.2:443: read: connection reset by peer")]
    [InlineData("Error response from daemon: Get \"https://r/v2/\": net/http: TLS handshake timeout")]
    public async Task A_login_the_registry_failed_on_the_way_is_tried_again_and_succeeds(string message)
    {
        using var config = new TempDirectory();
        using var bin = new TempDirectory();
        var options = world.Options(config.Path, null, RegistryWorld.FirstAccount) with { ContainerClientPath = DockerFailingFirst(bin, 2, message) };

        await EcrAuth.LoginAsync(options);

        Assert.Equal(3, Logins(bin));
        Assert.Contains(world.First.Host, File.ReadAllText(config.File("config.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_password_is_not_tried_again()
    {
        using var config = new TempDirectory();
        using var bin = new TempDirectory();
        var options = world.Options(config.Path, null, RegistryWorld.FirstAccount) with
        {
            ContainerClientPath = DockerFailingFirst(bin, 5, "Error response from daemon: login attempt to https://r/v2/ failed with status: 401 Unauthorized"),
        };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.LoginAsync(options));

        Assert.Equal(EcrErrorKind.ContainerClientFailed, error.Kind);
        Assert.Equal(1, Logins(bin));
    }

    [Fact]
    public async Task A_registry_that_keeps_failing_stops_after_the_logins_own_attempt_cap()
    {
        using var config = new TempDirectory();
        using var bin = new TempDirectory();
        var options = world.Options(config.Path, null, RegistryWorld.FirstAccount) with
        {
            ContainerClientPath = DockerFailingFirst(bin, 10, "Error response from daemon: Get \"https://r/v2/\": dial tcp: i/o timeout"),
        };

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => EcrAuth.LoginAsync(options));

        Assert.Contains("i/o timeout", error.Message, StringComparison.Ordinal);
        Assert.Equal(LoginRetry.MaxAttempts, Logins(bin));
    }
}
