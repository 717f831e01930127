using EcrCi.Action.Tests.Fixtures;
using EcrCi.Action.Tests.Simulation;
using EcrCi.Testing;

namespace EcrCi.Action.Tests.Credentials;

/// <summary>
/// Every credential source a job can hand the Action through <c>env:</c>, through the Native AOT
/// binary as the image runs it: the emulator tells which key signed the ECR call. (A source
/// that needs an explicit profile option is not among them: the Action, like
/// amazon-ecr-login, has no profile input; AWS_PROFILE serves.)
/// </summary>
[Collection(ActionWorldCollection.Name)]
public sealed class CredentialMatrixSpecs(ActionWorld world) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-action-credentials-");

    public static IEnumerable<object[]> EnvironmentOnly() =>
        CredentialScenarios.Names().Where(name => (string)name[0] != "role-from-environment");

    [Theory]
    [MemberData(nameof(EnvironmentOnly))]
    public async Task Each_source_signs_the_ecr_call_in_the_native_binary(string name)
    {
        var binary = await ActionBinary.PathAsync();
        var scenario = CredentialScenarios.Create(name, world.Emulator, folder.FullName);
        using var job = world.NewJob(ActionWorld.FirstAccount);
        job.Env.Remove("AWS_ACCESS_KEY_ID");
        job.Env.Remove("AWS_SECRET_ACCESS_KEY");
        job.Env.Remove("AWS_EC2_METADATA_DISABLED");
        CopyLoginCache(job.Home);
        foreach (var (variable, value) in scenario.Environment)
        {
            job.Env[variable] = value;
        }

        var main = await StepRunner.AsProcessAsync(job, binary);

        Assert.True(main.ExitCode == 0, $"exit {main.ExitCode}: {main.StandardOutput}\n{main.StandardError}");
        Assert.Equal(scenario.ExpectedSigner, world.Emulator.SourceOfLastEcrCall);
    }

    /// <summary>The runner gives the step its own HOME, so what 'aws sso login' cached must be there.</summary>
    private void CopyLoginCache(string home)
    {
        var cache = Path.Combine(folder.FullName, ".aws", "sso", "cache");
        if (!Directory.Exists(cache))
        {
            return;
        }

        var target = Directory.CreateDirectory(Path.Combine(home, ".aws", "sso", "cache"));
        foreach (var file in Directory.GetFiles(cache))
        {
            File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
