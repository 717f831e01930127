using System.Globalization;
using System.Text;
using System.Text.Json;
using EcrCi.Tokens;

namespace EcrCi.Action.Steps;

/// <summary>What the main step hands on: outputs, state for the post step, and the step summary.</summary>
/// <param name="Result">The login's tokens, client and config folder.</param>
/// <param name="SkipLogout">Whether the post step is to leave the client logged in.</param>
/// <param name="Export">The exported Docker config, or null when not asked for.</param>
/// <param name="Role">The role that was assumed, or null when the AWS environment's credentials served.</param>
internal sealed record LoginReport(EcrAuthResult Result, bool SkipLogout, DockerConfigExport? Export, RoleReport? Role = null)
{
    /// <summary>The outputs, compatible with <c>aws-actions/amazon-ecr-login</c> plus this action's own.</summary>
    public IEnumerable<KeyValuePair<string, string>> Outputs()
    {
        var tokens = Result.Tokens;
        if (tokens.Count == 1)
        {
            yield return new(OutputNames.Registry, tokens[0].Host);
        }

        foreach (var token in tokens)
        {
            yield return new(OutputNames.Username(token.Host), token.Username);
            yield return new(OutputNames.Password(token.Host), token.Password.Reveal());
        }

        yield return new(OutputNames.RegistriesJson, RegistriesJson(tokens));
        yield return new(OutputNames.ExpiresAt, Timestamp(Result.ExpiresAt));
        if (Export is not null)
        {
            yield return new(OutputNames.DockerConfig, Export.HostFolder);
        }

        if (Role is { OutputCredentials: true } && Result.AssumedRole is { } credentials)
        {
            yield return new(OutputNames.AwsAccessKeyId, credentials.AccessKeyId);
            yield return new(OutputNames.AwsSecretAccessKey, credentials.SecretAccessKey.Reveal());
            yield return new(OutputNames.AwsSessionToken, credentials.SessionToken.Reveal());
            if (credentials.Expiration is { } expiration)
            {
                yield return new(OutputNames.AwsExpiration, Timestamp(expiration));
            }
        }
    }

    /// <summary>One sentence on the assumed role (never a credential), or null when no role was assumed.</summary>
    public string? RoleSentence()
    {
        if (Role is null || Result.AssumedRole is not { } credentials)
        {
            return null;
        }

        var session = credentials.AssumedRoleArn is { } arn ? $" as `{arn}`" : string.Empty;
        var expiry = credentials.Expiration is { } expiration ? $" (valid until {Timestamp(expiration)})" : string.Empty;
        var use = Role.OutputCredentials ? "served the ECR calls and are handed on as the masked aws-* outputs" : "served the ECR calls only";
        return $"Assumed the role `{Role.RoleArn}`{session} with the job's GitHub OIDC token; its credentials{expiry} {use}.";
    }

    /// <summary>The state the post step reads back as <c>STATE_&lt;name&gt;</c>; nothing to log out of when logout is skipped.</summary>
    public IEnumerable<KeyValuePair<string, string>> State()
    {
        if (!SkipLogout)
        {
            yield return new(OutputNames.StateRegistries, string.Join(',', Result.Tokens.Select(t => t.Host)));
        }

        if (Result.ContainerClient is { } client)
        {
            yield return new(OutputNames.StateContainerClient, client);
        }

        if (Result.DockerConfig is { } folder)
        {
            yield return new(OutputNames.StateDockerConfig, folder);
        }

        if (Export is not null)
        {
            yield return new(OutputNames.StateExportOwner, Export.Workspace);
        }
    }

    /// <summary>A Markdown summary of the registries and their expiry; never a credential.</summary>
    public string Summary()
    {
        var text = new StringBuilder("### Amazon ECR login\n\n| Registry | Expires at (UTC) |\n| --- | --- |\n");
        foreach (var token in Result.Tokens)
        {
            text.Append("| `").Append(token.Host).Append("` | ").Append(Timestamp(token.ExpiresAt)).Append(" |\n");
        }

        if (RoleSentence() is { } role)
        {
            text.Append('\n').Append(role).Append('\n');
        }

        if (Export is not null)
        {
            text.Append("\nLater steps use this login through `DOCKER_CONFIG=").Append(Export.HostFolder).Append("`.\n");
        }

        return text.Append('\n').ToString();
    }

    /// <summary>ISO 8601 in UTC to the second, such as <c>2025-01-31T23:59:59Z</c>.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string RegistriesJson(IReadOnlyList<AuthorizationToken> tokens) =>
        JsonSerializer.Serialize(
            [.. tokens.Select(t => new RegistryJson(t.Host, t.AccountId, t.Region, Timestamp(t.ExpiresAt)))],
            ReportJsonContext.Default.IReadOnlyListRegistryJson);
}
