using EcrCi.Cli.Tests.Infrastructure;

namespace EcrCi.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public class SecretSpecs(CliWorld world)
{
    [Fact]
    public async Task A_verbose_login_prints_no_password_token_or_secret_key()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        var cold = await sandbox.RunAsync("login", CliWorld.FirstAccount, "--verbose");
        var warm = await sandbox.RunAsync("login", CliWorld.FirstAccount, "--verbose");
        var helper = await sandbox.HelperAsync("get", "registry.example.com");

        var printed = string.Join('\n', cold.StandardOutput, cold.StandardError, warm.StandardOutput, warm.StandardError, helper.StandardOutput, helper.StandardError);
        Assert.Equal(0, cold.ExitCode);
        Assert.Contains("debug: Requesting an authorization token", cold.StandardError, StringComparison.Ordinal);
        Assert.Contains("Reused 1 cached token(s)", warm.StandardError, StringComparison.Ordinal);
        foreach (var secret in new[] { world.Emulator.Password, world.Emulator.AuthorizationToken, world.Emulator.SecretAccessKey })
        {
            Assert.DoesNotContain(secret, printed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_cache_is_owner_only_and_names_the_identity_by_fingerprint_alone()
    {
        using var sandbox = world.NewSandbox();

        Assert.Equal(0, (await sandbox.RunAsync("get-login-password", "--region", CliWorld.Region)).ExitCode);

        var text = File.ReadAllText(sandbox.CacheFile);
        Assert.Contains(world.Emulator.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.SecretAccessKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Emulator.AccessKeyId, text, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sandbox.CacheFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(sandbox.CacheDirectory));
        }
    }
}
