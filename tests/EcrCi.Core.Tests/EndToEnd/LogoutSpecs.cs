using System.Text.Json.Nodes;
using EcrCi.Errors;
using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

public class LogoutSpecs(RegistryWorld world) : IClassFixture<RegistryWorld>
{
    /// <summary>A docker that refuses to log out of <paramref name="refused"/> and hands everything else to the real one.</summary>
    private static string DockerRefusing(TempDirectory folder, string refused)
    {
        TestEnvironment.RequireOrThrow(!OperatingSystem.IsWindows(), "a POSIX shell for the stand-in client", "run these tests on Linux or macOS");
        var docker = TestEnvironment.RequireTool("docker", "apt-get install docker.io");
        var path = folder.File("docker");
        File.WriteAllText(path, $"#!/bin/sh\nif [ \"$1\" = logout ] && [ \"$2\" = '{refused}' ]; then echo 'Error: refused for this test' >&2; exit 1; fi\nexec '{docker}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    [Fact]
    public async Task A_failed_logout_does_not_stop_the_next_and_the_error_names_the_failed_host()
    {
        using var config = new TempDirectory();
        using var bin = new TempDirectory();
        var options = world.Options(config.Path, null, RegistryWorld.FirstAccount, RegistryWorld.SecondAccount);
        await EcrAuth.LoginAsync(options);

        var error = await Assert.ThrowsAsync<EcrLoginException>(() =>
            EcrAuth.LogoutAsync([world.First.Host, world.Second.Host], options with { ContainerClientPath = DockerRefusing(bin, world.First.Host) }));

        Assert.Equal(EcrErrorKind.ContainerClientFailed, error.Kind);
        Assert.StartsWith($"1 of 2 logouts failed ({world.First.Host}); logged out of {world.Second.Host}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Error: refused for this test", error.Message, StringComparison.Ordinal);
        var auths = JsonNode.Parse(File.ReadAllText(config.File("config.json")))!["auths"]!.AsObject();
        Assert.True(auths.ContainsKey(world.First.Host));
        Assert.False(auths.ContainsKey(world.Second.Host));
    }
}
