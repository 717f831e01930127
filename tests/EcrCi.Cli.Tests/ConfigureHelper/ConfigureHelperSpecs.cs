using System.Runtime.Versioning;
using System.Text;
using System.Text.Json.Nodes;
using EcrCi.Cli.Tests.Infrastructure;
using EcrCi.Testing;

namespace EcrCi.Cli.Tests.ConfigureHelper;

[Collection(CliCollection.Name)]
public class ConfigureHelperSpecs(CliWorld world)
{
    private const string EcrHost = "111111111111.dkr.ecr.eu-west-1.amazonaws.com";

    private static JsonObject Helpers(Sandbox sandbox) => JsonNode.Parse(File.ReadAllText(sandbox.DockerConfigFile))!["credHelpers"]!.AsObject();

    [Fact]
    public async Task A_new_config_gets_the_entries_and_owner_only_permissions()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.RunAsync("configure-helper", EcrHost, "222222222222", "--public");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([EcrHost, "222222222222.dkr.ecr.eu-west-1.amazonaws.com", "public.ecr.aws"], result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var helpers = Helpers(sandbox);
        Assert.Equal(3, helpers.Count);
        Assert.All(helpers, entry => Assert.Equal("ecr-login-ci", entry.Value!.GetValue<string>()));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sandbox.DockerConfigFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(sandbox.DockerConfig));
        }
    }

    [Fact]
    public async Task Every_other_byte_of_an_existing_config_is_kept()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.DockerConfig);
        const string original = "{\n    \"auths\" : {\"other.example.com\":{\"auth\":\"dXNlcjpwYXNz\"}},\n    \"psFormat\":\"table {{.ID}}\\t{{.Names}}\",   \"detachKeys\": \"ctrl-é,ctrl-q\",\n    \"proxies\": {\"default\": {\"httpProxy\": \"http://proxy:3128\"}}\n}\n";
        File.WriteAllText(sandbox.DockerConfigFile, original, new UTF8Encoding(false));

        var result = await sandbox.RunAsync("configure-helper", EcrHost);

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(sandbox.DockerConfigFile);
        const string inserted = ",\n    \"credHelpers\": {\n        \"111111111111.dkr.ecr.eu-west-1.amazonaws.com\": \"ecr-login-ci\"\n    }";
        Assert.Equal(original, text.Replace(inserted, string.Empty, StringComparison.Ordinal));
        Assert.Equal("ecr-login-ci", Helpers(sandbox)[EcrHost]!.GetValue<string>());
    }

    [Fact]
    public async Task An_existing_credHelpers_object_gains_entries_and_other_helpers_stay()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.DockerConfig);
        const string original = "{\n\t\"credHelpers\": {\n\t\t\"gcr.io\": \"gcloud\",\n\t\t\"111111111111.dkr.ecr.eu-west-1.amazonaws.com\": \"ecr-login\"\n\t},\n\t\"credsStore\": \"desktop\"\n}";
        File.WriteAllText(sandbox.DockerConfigFile, original);

        var result = await sandbox.RunAsync("configure-helper", EcrHost, "--alias", world.FirstAlias);

        Assert.Equal(0, result.ExitCode);
        var expected = original
            .Replace("\"ecr-login\"", "\"ecr-login-ci\"", StringComparison.Ordinal)
            .Replace("\"ecr-login-ci\"\n\t}", $"\"ecr-login-ci\",\n\t\t\"{world.First.Host}\": \"ecr-login-ci\"\n\t}}", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(sandbox.DockerConfigFile));
        Assert.Equal("gcloud", Helpers(sandbox)["gcr.io"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_run_leaves_the_file_untouched()
    {
        using var sandbox = world.NewSandbox();
        Assert.Equal(0, (await sandbox.RunAsync("configure-helper", EcrHost)).ExitCode);
        var first = File.ReadAllBytes(sandbox.DockerConfigFile);
        var written = File.GetLastWriteTimeUtc(sandbox.DockerConfigFile);

        var result = await sandbox.RunAsync("configure-helper", EcrHost);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("unchanged", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(first, File.ReadAllBytes(sandbox.DockerConfigFile));
        Assert.Equal(written, File.GetLastWriteTimeUtc(sandbox.DockerConfigFile));
    }

    [Fact]
    public async Task An_alias_is_saved_in_the_cache_folder_and_the_helper_uses_it()
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.RunAsync("configure-helper", "--alias", world.FirstAlias);
        var get = await sandbox.HelperAsync("get", world.First.Host);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(world.First.Host, result.StandardOutput.Trim());
        var aliases = JsonNode.Parse(File.ReadAllText(Path.Combine(sandbox.CacheDirectory, "aliases.json")))!["aliases"]!.AsObject();
        Assert.Equal($"{CliWorld.FirstAccount}@{CliWorld.Region}", aliases[world.First.Host]!.GetValue<string>());
        Assert.Equal(0, get.ExitCode);
        Assert.Contains(world.Emulator.Password, get.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task An_alias_is_not_saved_in_a_group_writable_cache_folder_and_the_docker_config_is_left_alone()
    {
        TestEnvironment.RequireOrThrow(!OperatingSystem.IsWindows(), "Unix file modes", "run these tests on Linux or macOS");
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.CacheDirectory);
        File.SetUnixFileMode(sandbox.CacheDirectory, (UnixFileMode)0b111_111_101);

        var result = await sandbox.RunAsync("configure-helper", "--alias", world.FirstAlias);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the cache folder {sandbox.CacheDirectory} is not safe to use (it is group-writable)", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(sandbox.CacheDirectory));
        Assert.False(File.Exists(sandbox.DockerConfigFile), "the Docker config was changed although the aliases were refused");
    }

    [Fact]
    public async Task A_config_that_is_not_JSON_is_left_alone_with_a_clear_error()
    {
        using var sandbox = world.NewSandbox();
        Directory.CreateDirectory(sandbox.DockerConfig);
        File.WriteAllText(sandbox.DockerConfigFile, "{ \"auths\": { ");

        var result = await sandbox.RunAsync("configure-helper", EcrHost);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("was left as it is because it is not valid JSON", result.StandardError, StringComparison.Ordinal);
        Assert.Equal("{ \"auths\": { ", File.ReadAllText(sandbox.DockerConfigFile));
    }

    [Theory]
    [InlineData("--alias", "no-equals-sign")]
    [InlineData("--alias", "host.example.com=12345")]
    [InlineData("--alias", "host.example.com=111111111111@nowhere")]
    [InlineData("not-a-registry.example.com")]
    public async Task Bad_registries_and_aliases_are_usage_errors(params string[] arguments)
    {
        using var sandbox = world.NewSandbox();

        var result = await sandbox.RunAsync(["configure-helper", .. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ecr-login: ", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(sandbox.DockerConfigFile));
    }

    [Fact]
    public async Task A_missing_helper_on_PATH_is_pointed_out()
    {
        using var sandbox = world.NewSandbox();
        File.Delete(sandbox.HelperPath);

        var result = await sandbox.RunAsync("configure-helper", EcrHost);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("docker-credential-ecr-login-ci is not on PATH", result.StandardError, StringComparison.Ordinal);
    }
}
