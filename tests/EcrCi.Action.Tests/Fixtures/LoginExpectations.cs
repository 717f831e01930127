using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcrCi.Action.Steps;
using EcrCi.Action.Tests.Simulation;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>
/// What every successful main step must leave behind, however it ran: masks first, exactly the
/// expected outputs, state and environment, a summary without secrets, and the secrets nowhere
/// but the outputs that carry them.
/// </summary>
internal static class LoginExpectations
{
    public static void AssertMainStep(StepResult result, ActionWorld world, SimulatedJob job, ExpectedMainStep expected)
    {
        var (registries, exported, inContainer, role) = (expected.Registries, expected.DockerConfigExported, expected.InContainer, expected.Role);
        result.EnsureSucceeded();
        var password = world.Emulator.Password;
        var token = world.Emulator.AuthorizationToken;
        string[] roleValues = role is null ? [] : [role.AccessKeyId, .. role.Secrets];

        Assert.True(result.MasksComeFirst, $"masks must come before any other output:\n{result}");
        Assert.Contains(token, result.Masks);
        Assert.All(result.Masks, mask => Assert.True(mask == token || mask == password || roleValues.Contains(mask) || (role is not null && mask.StartsWith("eyJ", StringComparison.Ordinal)), $"unexpected mask {mask}"));
        if (expected.PasswordMasked)
        {
            Assert.Contains(password, result.Masks);
        }
        else
        {
            Assert.DoesNotContain(password, result.Masks);
            Assert.Contains(result.Warnings, w => w.StartsWith("mask-password is false", StringComparison.Ordinal));
        }

        AssertOutputs(result, registries, exported, job, role);
        Assert.Equal(result.OutputEntries.Count, result.Outputs.Count);

        var state = new Dictionary<string, string>
        {
            ["container-client"] = "docker",
            ["docker-config"] = inContainer ? "/github/home/.docker" : job.DockerConfigFolder,
        };
        if (expected.LogoutPlanned)
        {
            state["registries"] = string.Join(',', registries.Select(r => r.Host));
        }

        if (exported)
        {
            state["export-owner-of"] = inContainer ? "/github/workspace" : job.Workspace;
        }

        Assert.Equal(state.OrderBy(p => p.Key), result.State.OrderBy(p => p.Key));
        Assert.Equal(exported ? [new("DOCKER_CONFIG", DockerConfigChecks.ExportedFolder(job))] : Array.Empty<KeyValuePair<string, string>>(), result.EnvEntries);

        Assert.StartsWith("### Amazon ECR login", result.Summary, StringComparison.Ordinal);
        Assert.All(registries, r => Assert.Contains($"| `{r.Host}` | {result.Outputs["expires-at"]} |", result.Summary, StringComparison.Ordinal));

        var elsewhere = string.Join('\n', [.. result.PlainLines, .. result.Log.Where(l => l.IsCommand && l.Command != "add-mask").Select(l => l.Text),
            result.StandardError, result.Summary, .. result.StateEntries.Select(p => p.Value), .. result.EnvEntries.Select(p => p.Value),
            .. result.OutputEntries.Where(p => !p.Key.StartsWith("docker_password_", StringComparison.Ordinal) && !RoleCredentialOutputs.Contains(p.Key)).Select(p => p.Value)]);
        Assert.DoesNotContain(password, elsewhere, StringComparison.Ordinal);
        Assert.DoesNotContain(token, elsewhere, StringComparison.Ordinal);
        Assert.All(roleValues, value => Assert.DoesNotContain(value, elsewhere, StringComparison.Ordinal));
        if (role is not null)
        {
            var assumed = $"Assumed the role `{job.With["role-to-assume"]}` as `arn:aws:sts::{ActionWorld.FirstAccount}:assumed-role/";
            Assert.Contains(assumed, result.Summary, StringComparison.Ordinal);
            Assert.Contains(result.PlainLines, l => l.StartsWith(assumed, StringComparison.Ordinal));
        }

        Assert.Contains(result.PlainLines, l => l.StartsWith($"Logged in to {registries.Count} registr", StringComparison.Ordinal));
    }

    /// <summary>The outputs that carry the role's credentials (with output-credentials).</summary>
    public static readonly string[] RoleCredentialOutputs = [OutputNames.AwsAccessKeyId, OutputNames.AwsSecretAccessKey, OutputNames.AwsSessionToken];

    private static void AssertOutputs(StepResult result, IReadOnlyList<ExpectedRegistry> registries, bool exported, SimulatedJob job, AssumedRoleSeen? role)
    {
        var outputs = result.Outputs;
        var expectedKeys = new List<string> { "registries-json", "expires-at" };
        if (registries.Count == 1)
        {
            expectedKeys.Add("registry");
            Assert.Equal(registries[0].Host, outputs["registry"]);
        }

        if (exported)
        {
            expectedKeys.Add("docker-config");
            Assert.Equal(DockerConfigChecks.ExportedFolder(job), outputs["docker-config"]);
        }

        var password = outputs.Where(p => p.Key.StartsWith("docker_password_", StringComparison.Ordinal)).Select(p => p.Value).Distinct().Single();
        foreach (var registry in registries)
        {
            expectedKeys.AddRange([OutputNames.Username(registry.Host), OutputNames.Password(registry.Host)]);
            Assert.Equal("AWS", outputs[OutputNames.Username(registry.Host)]);
            Assert.Equal(password, outputs[OutputNames.Password(registry.Host)]);
        }

        if (role is { OutputCredentials: true })
        {
            expectedKeys.AddRange([.. RoleCredentialOutputs, OutputNames.AwsExpiration]);
            Assert.Equal(role.AccessKeyId, outputs[OutputNames.AwsAccessKeyId]);
            Assert.Equal(role.Secrets.Order(), new[] { outputs[OutputNames.AwsSecretAccessKey], outputs[OutputNames.AwsSessionToken] }.Order());
            var expiration = DateTimeOffset.ParseExact(outputs[OutputNames.AwsExpiration], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            Assert.InRange(expiration, DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddHours(12).AddMinutes(1));
        }

        Assert.Equal(expectedKeys.Order(), outputs.Keys.Order());
        var expiresAt = DateTimeOffset.ParseExact(outputs["expires-at"], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddHours(11), DateTimeOffset.UtcNow.AddHours(13));

        var list = JsonNode.Parse(outputs["registries-json"])!.AsArray();
        Assert.Equal(registries.Count, list.Count);
        for (var index = 0; index < registries.Count; index++)
        {
            var entry = list[index]!.AsObject();
            Assert.Equal(["registry", "account-id", "region", "expires-at"], entry.Select(p => p.Key));
            Assert.Equal(registries[index].Host, entry["registry"]!.GetValue<string>());
            Assert.Equal(registries[index].AccountId, entry["account-id"]!.GetValue<string>());
            Assert.Equal(ActionWorld.Region, entry["region"]!.GetValue<string>());
            Assert.Equal(outputs["expires-at"], entry["expires-at"]!.GetValue<string>());
        }

        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(outputs["registries-json"]).RootElement.ValueKind);
    }
}
