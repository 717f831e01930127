using EcrCi.Action.Tests.Simulation;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>The temporary credentials of the role a step assumed, as its masks revealed them.</summary>
/// <param name="AccessKeyId">The access key id the step's ECR calls were signed with.</param>
/// <param name="Secrets">The secret access key and the session token (in either order).</param>
/// <param name="OutputCredentials">Whether the step was asked to hand them on as outputs.</param>
internal sealed record AssumedRoleSeen(string AccessKeyId, IReadOnlyList<string> Secrets, bool OutputCredentials);

/// <summary>What a step that assumed a role must show: the role's credentials masked, used for ECR, and kept out of every file.</summary>
internal static class RoleExpectations
{
    /// <summary>
    /// Every mask that is not ECR's belongs to the role, each masked once: the OIDC token (one per
    /// attempt, each fresh), and exactly three keys: the access key id that signed every ECR call
    /// of the step (not the test run's long-term key), the secret key and the session token.
    /// </summary>
    /// <param name="result">The step.</param>
    /// <param name="world">The emulator the step called.</param>
    /// <param name="journalMark">The count of <see cref="Testing.EcrEmulator.Requests"/> before the step.</param>
    /// <param name="outputCredentials">Whether the step was asked to hand the credentials on.</param>
    public static AssumedRoleSeen AssertRoleMasked(StepResult result, ActionWorld world, int journalMark, bool outputCredentials = false)
    {
        result.EnsureSucceeded();
        string[] ecr = [world.Emulator.Password, world.Emulator.AuthorizationToken];
        var roleMasks = result.Masks.Where(mask => !ecr.Contains(mask)).ToList();
        Assert.Equal(3, roleMasks.Count(mask => !mask.StartsWith("eyJ", StringComparison.Ordinal)));
        Assert.Contains(roleMasks, mask => mask.StartsWith("eyJ", StringComparison.Ordinal));
        Assert.Equal(roleMasks.Count, roleMasks.Distinct().Count());

        var calls = world.Emulator.Requests.Skip(journalMark).ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, call => Assert.Equal(200, call.StatusCode));
        var accessKeyId = Assert.Single(calls.Select(call => call.AccessKeyId).Distinct());
        Assert.NotNull(accessKeyId);
        Assert.NotEqual(ActionWorld.Credential.AccessKeyId, accessKeyId);
        Assert.Contains(accessKeyId, roleMasks);
        return new AssumedRoleSeen(accessKeyId, [.. roleMasks.Where(mask => mask != accessKeyId && !mask.StartsWith("eyJ", StringComparison.Ordinal))], outputCredentials);
    }

    /// <summary>
    /// The secret key and the session token are in no file of the job (Docker config, file
    /// commands, step summary, workspace), except the step's output file with output-credentials.
    /// </summary>
    public static void AssertSecretsInNoFile(SimulatedJob job, AssumedRoleSeen role)
    {
        var files = new[] { job.RunnerTemp, job.Workspace }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => !(role.OutputCredentials && Path.GetFileName(file).StartsWith("set_output_", StringComparison.Ordinal)))
            .ToList();
        Assert.Contains(files, file => file.EndsWith("/.docker/config.json", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.All(role.Secrets, secret => Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{file} holds a role secret"));
        }
    }
}
