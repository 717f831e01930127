using EcrCi.Aws;
using EcrCi.Clients;
using EcrCi.Errors;
using EcrCi.Secrets;
using EcrCi.Testing;
using EcrCi.Tests.EndToEnd;

namespace EcrCi.Tests.Clients;

public class ContainerClientSpecs
{
    /// <summary>A stand-in client: records its arguments, echoes stdin to stderr, and fails.</summary>
    private static string FakeClient(TempDirectory folder, string name, int exitCode)
    {
        TestEnvironment.RequireOrThrow(!OperatingSystem.IsWindows(), "a POSIX shell for the stand-in client", "run these tests on Linux or macOS");
        var path = folder.File(name);
        File.WriteAllText(path, $"#!/bin/sh\necho \"$@\" > \"$0.args\"\necho \"DOCKER_CONFIG=$DOCKER_CONFIG\" >> \"$0.args\"\nenv > \"$0.env\"\necho \"Error: rejected password $(cat)\" >&2\nexit {exitCode}\n");
        MakeExecutable(path);
        return path;
    }

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task The_password_goes_to_stdin_and_a_failure_echoes_stderr_redacted()
    {
        using var folder = new TempDirectory();
        var password = new Secret("stdin-only-" + Guid.NewGuid());
        var client = new ContainerClient(ContainerClientKind.Docker, FakeClient(folder, "docker", 1), folder.Path, TimeSpan.FromSeconds(10), Hosts.CiHost.Detect(AwsEnvironment.Process), new Redactor());

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => client.LoginAsync("r.example:5000", "AWS", password, CancellationToken.None));

        var recorded = await File.ReadAllTextAsync(folder.File("docker.args"));
        Assert.Equal($"login --username AWS --password-stdin r.example:5000\nDOCKER_CONFIG={folder.Path}\n", recorded);
        Assert.DoesNotContain(password.Reveal(), await File.ReadAllTextAsync(folder.File("docker.env")), StringComparison.Ordinal);
        Assert.Equal(EcrErrorKind.ContainerClientFailed, error.Kind);
        Assert.Contains("Error: rejected password [REDACTED]", error.Message, StringComparison.Ordinal);
        Assert.Contains("exit code 1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(password.Reveal(), error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_inherits_no_aws_secret_runner_token_or_action_input()
    {
        using var folder = new TempDirectory();
        var marker = "ecr-test-" + Guid.NewGuid().ToString("N");
        var names = new[] { "INPUT_" + marker.ToUpperInvariant().Replace('-', '_'), "ACTIONS_" + marker.ToUpperInvariant().Replace('-', '_') };
        foreach (var name in names)
        {
            Environment.SetEnvironmentVariable(name, marker);
        }

        try
        {
            var client = new ContainerClient(ContainerClientKind.Docker, FakeClient(folder, "docker", 0), null, TimeSpan.FromSeconds(10), new Hosts.GitHubActionsHost(AwsEnvironment.Process), new Redactor());
            await client.LogoutAsync("r.example", CancellationToken.None);
        }
        finally
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }

        Assert.DoesNotContain(marker, await File.ReadAllTextAsync(folder.File("docker.env")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_inherits_no_ci_job_token_and_keeps_its_own_settings()
    {
        using var folder = new TempDirectory();
        var marker = "ecr-test-" + Guid.NewGuid().ToString("N");
        string[] withheld = ["GITHUB_TOKEN", "GH_TOKEN", "CI_JOB_TOKEN", "CI_JOB_JWT_V2", "SYSTEM_ACCESSTOKEN", "BUILDKITE_AGENT_ACCESS_TOKEN", "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "AWS_SECRET_ACCESS_KEY_UNUSED_BY_SPECS"];
        string[] kept = ["DOCKER_CLI_HINTS", "ECR_LOGIN_SPEC_KEPT"];
        var previous = withheld.Concat(kept).ToDictionary(name => name, Environment.GetEnvironmentVariable);
        foreach (var name in withheld.Concat(kept))
        {
            Environment.SetEnvironmentVariable(name, $"{marker}-{name}");
        }

        try
        {
            var client = new ContainerClient(ContainerClientKind.Docker, FakeClient(folder, "docker", 0), null, TimeSpan.FromSeconds(10), Hosts.CiHost.Detect(AwsEnvironment.Process), new Redactor());
            await client.LogoutAsync("r.example", CancellationToken.None);
        }
        finally
        {
            foreach (var (name, value) in previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        var environment = await File.ReadAllTextAsync(folder.File("docker.env"));
        Assert.All(withheld.SkipLast(1), name => Assert.DoesNotContain($"{marker}-{name}", environment, StringComparison.Ordinal));
        Assert.All(kept.Append(withheld[^1]), name => Assert.Contains($"{name}={marker}-{name}", environment, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Podman_gets_its_auth_file_from_the_docker_config_folder()
    {
        using var folder = new TempDirectory();
        var client = new ContainerClient(ContainerClientKind.Podman, FakeClient(folder, "podman", 0), folder.Path, TimeSpan.FromSeconds(10), Hosts.CiHost.Detect(AwsEnvironment.Process), new Redactor());

        await client.LoginAsync("r.example", "AWS", new Secret("pw-" + Guid.NewGuid()), CancellationToken.None);

        var recorded = await File.ReadAllTextAsync(folder.File("podman.args"));
        Assert.StartsWith($"login --authfile {folder.File("config.json")} --username AWS --password-stdin r.example\n", recorded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_hangs_is_stopped_at_the_timeout()
    {
        using var folder = new TempDirectory();
        var path = folder.File("docker");
        await File.WriteAllTextAsync(path, "#!/bin/sh\nsleep 30\n");
        MakeExecutable(path);
        var client = new ContainerClient(ContainerClientKind.Docker, path, null, TimeSpan.FromMilliseconds(500), Hosts.CiHost.Detect(AwsEnvironment.Process), new Redactor());

        var error = await Assert.ThrowsAsync<EcrLoginException>(() => client.LogoutAsync("r.example", CancellationToken.None));

        Assert.Contains("did not finish within 0.5 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_is_found_by_explicit_path_then_docker_exe_then_path()
    {
        using var folder = new TempDirectory();
        var docker = FakeClient(folder, "docker", 0);
        var podman = FakeClient(folder, "podman", 0);
        var onPath = AwsEnvironment.FromDictionary(new Dictionary<string, string?> { ["PATH"] = folder.Path });
        var withDockerExe = AwsEnvironment.FromDictionary(new Dictionary<string, string?> { ["PATH"] = "/nowhere", ["DOCKER_EXE"] = docker });

        Assert.Equal((ContainerClientKind.Podman, podman), ContainerClientLocator.Locate(null, podman, onPath));
        Assert.Equal((ContainerClientKind.Docker, docker), ContainerClientLocator.Locate(null, null, withDockerExe));
        Assert.Equal((ContainerClientKind.Docker, docker), ContainerClientLocator.Locate(null, null, onPath));
        Assert.Equal((ContainerClientKind.Podman, podman), ContainerClientLocator.Locate(ContainerClientKind.Podman, null, onPath));
    }

    [Theory]
    [InlineData(null, "docker, podman, nerdctl or finch is not on PATH")]
    [InlineData("finch", "finch is not on PATH")]
    public void A_missing_client_says_what_was_looked_for(string? name, string expected)
    {
        var kind = name is null ? (ContainerClientKind?)null : ContainerClientKinds.Parse(name);
        var empty = AwsEnvironment.FromDictionary(new Dictionary<string, string?> { ["PATH"] = "/nowhere" });

        var error = Assert.Throws<EcrLoginException>(() => ContainerClientLocator.Locate(kind, null, empty));

        Assert.Equal(EcrErrorKind.ContainerClientMissing, error.Kind);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docker_exe_that_does_not_exist_is_named()
    {
        var environment = AwsEnvironment.FromDictionary(new Dictionary<string, string?> { ["DOCKER_EXE"] = "/nowhere/docker" });

        var error = Assert.Throws<EcrLoginException>(() => ContainerClientLocator.Locate(null, null, environment));

        Assert.Contains("DOCKER_EXE is '/nowhere/docker'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docker", "docker")]
    [InlineData(" Podman ", "podman")]
    [InlineData("NERDCTL", "nerdctl")]
    [InlineData("finch", "finch")]
    public void Client_names_parse_in_any_casing(string name, string executable)
    {
        Assert.Equal(executable, ContainerClientKinds.Parse(name).ExecutableName());
    }

    [Fact]
    public void An_unknown_client_name_lists_the_supported_ones()
    {
        var error = Assert.Throws<EcrLoginException>(() => ContainerClientKinds.Parse("buildah"));

        Assert.Contains("expected docker, podman, nerdctl or finch", error.Message, StringComparison.Ordinal);
    }
}
