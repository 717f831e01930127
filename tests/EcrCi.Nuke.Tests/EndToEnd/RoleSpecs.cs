using EcrCi.Nuke.Tests.World;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.EndToEnd;

[Collection(NukeWorldCollection.Name)]
public class RoleSpecs(NukeWorld world)
{
    private const string Role = "arn:aws:iam::111111111111:role/nuke-ci";

    /// <summary>Only a role and a token file: no AWS keys anywhere in the build's environment.</summary>
    private Dictionary<string, string?> RoleOnly() => new()
    {
        ["AWS_ACCESS_KEY_ID"] = null,
        ["AWS_SECRET_ACCESS_KEY"] = null,
        ["AWS_ENDPOINT_URL_STS"] = world.Emulator.StsEndpoint.ToString(),
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_WEB_IDENTITY_TOKEN_FILE"] = null,
        ["AWS_ROLE_ARN"] = null,
    };

    [Fact]
    public async Task A_build_assumes_a_role_with_a_token_file_and_pushes()
    {
        using var run = new BuildRun();
        world.Emulator.TrustRole(Role);
        var tokenFile = Path.Combine(Path.GetDirectoryName(run.LogFile)!, "token");
        await File.WriteAllTextAsync(tokenFile, world.Emulator.IssueOidcToken());
        var image = $"{world.First.Host}/ecr-nuke/role:{Guid.NewGuid():N}";
        await DockerEngine.ImportTestImageAsync(image);
        var calls = world.Emulator.StsCalls;

        await run.RunAsync(world, RoleOnly(), "Push", "--registries", NukeWorld.FirstAccount, "--image", image, "--role", Role, "--token-file", tokenFile);

        run.AssertSucceeded();
        Assert.Equal(calls + 1, world.Emulator.StsCalls);
        Assert.Contains($"Using AWS credentials from the role {Role} (web identity)", run.Log, StringComparison.Ordinal);
        await DockerEngine.RunAsync(["rmi", image]);
        run.AssertNoSecretShown(world);
    }

    [Fact]
    public async Task A_role_the_trust_policy_rejects_fails_the_target_with_the_hint_on_sub()
    {
        using var run = new BuildRun();
        world.Emulator.TrustRole(Role, "repo:someone-else/");
        var tokenFile = Path.Combine(Path.GetDirectoryName(run.LogFile)!, "token");
        await File.WriteAllTextAsync(tokenFile, world.Emulator.IssueOidcToken());

        await run.RunAsync(world, RoleOnly(), "Login", "--registries", NukeWorld.FirstAccount, "--role", Role, "--token-file", tokenFile);

        Assert.Equal(1, run.Result.ExitCode);
        Assert.Contains("token.actions.githubusercontent.com:sub", run.Result.StandardError, StringComparison.Ordinal);
    }
}
