using EcrCi.Nuke.Tests.World;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.EndToEnd;

/// <summary>An SSO profile and a chained role profile through a real Nuke build process: the emulator tells which key signed the ECR call.</summary>
[Collection(NukeWorldCollection.Name)]
public sealed class CredentialSourceSpecs(NukeWorld world) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-nuke-credentials-");

    [Theory]
    [MemberData(nameof(CredentialScenarios.HostNames), MemberType = typeof(CredentialScenarios))]
    public async Task The_login_target_signs_with_the_profiles_own_keys(string name)
    {
        var scenario = CredentialScenarios.Create(name, world.Emulator, folder.FullName);
        var changes = new Dictionary<string, string?>(scenario.Environment)
        {
            ["AWS_ACCESS_KEY_ID"] = null,
            ["AWS_SECRET_ACCESS_KEY"] = null,
        };
        using var run = new BuildRun();

        await run.RunAsync(world, changes, "Login", "--registries", NukeWorld.FirstAccount);

        Assert.True(run.Result.ExitCode == 0, run.Everything);
        Assert.Equal(scenario.ExpectedSigner, world.Emulator.SourceOfLastEcrCall);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
