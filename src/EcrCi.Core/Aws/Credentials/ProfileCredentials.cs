using Amazon.Runtime;
using EcrCi.Errors;

namespace EcrCi.Aws.Credentials;

/// <summary>
/// The credentials of a named profile, as the AWS CLI resolves them: a role
/// (<c>role_arn</c> with <c>source_profile</c>, <c>credential_source</c> or
/// <c>web_identity_token_file</c>, hop after hop, with <c>external_id</c>,
/// <c>role_session_name</c> and <c>duration_seconds</c>), an SSO session (<c>sso_session</c> or the
/// older <c>sso_start_url</c>), <c>credential_process</c>, or static keys. <c>mfa_serial</c> is
/// refused, since a pipeline cannot type a code.
/// </summary>
internal static class ProfileCredentials
{
    /// <summary>True when the profile holds any credential setting (so that a region-only default profile does not count as a source).</summary>
    public static bool HoldsCredentials(IReadOnlyDictionary<string, string> profile) =>
        profile.ContainsKey("role_arn") || profile.ContainsKey("sso_session") || profile.ContainsKey("sso_start_url")
        || profile.ContainsKey("credential_process") || profile.ContainsKey("aws_access_key_id");

    /// <summary>Resolves <paramref name="name"/>; <paramref name="visited"/> holds the profiles of the hops so far (a loop is refused).</summary>
    public static async Task<ResolvedCredentials> ResolveAsync(CredentialContext context, string name, IReadOnlyList<string> visited, CancellationToken cancellationToken)
    {
        var files = context.Files;
        var profile = files.Profile(name) ?? throw new EcrLoginException(EcrErrorKind.NoCredentials,
            visited.Count == 0
                ? $"The AWS profile '{name}' is not in {files.Describe()} (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE): check the name (AWS_PROFILE) or run 'aws configure --profile {name}'."
                : $"The profile '{visited[^1]}' names source_profile '{name}', which is not in {files.Describe()}.");
        if (profile.TryGetValue("role_arn", out var roleArn) && roleArn.Length > 0)
        {
            return await RoleAsync(context, name, profile, roleArn, visited, cancellationToken);
        }

        return await DirectAsync(context, name, profile, visited.Count > 0, cancellationToken);
    }

    private static async Task<ResolvedCredentials> RoleAsync(
        CredentialContext context, string name, IReadOnlyDictionary<string, string> profile, string roleArn, IReadOnlyList<string> visited, CancellationToken cancellationToken)
    {
        if (profile.ContainsKey("mfa_serial"))
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The profile '{name}' sets mfa_serial, so assuming its role needs an MFA code, which a pipeline cannot type: use a role whose trust policy does not require MFA, or export temporary credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN) obtained beforehand.");
        }

        if (visited.Contains(name, StringComparer.Ordinal))
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput, $"The profiles loop: {string.Join(" -> ", visited.Append(name))}. Check their source_profile settings.");
        }

        var role = RoleHop.Build(roleArn, profile.GetValueOrDefault("role_session_name"), profile.GetValueOrDefault("duration_seconds"), context.Host,
            $"The role_arn of profile '{name}'", $"The role_session_name of profile '{name}'", $"The duration_seconds of profile '{name}'") with
        {
            ExternalId = profile.GetValueOrDefault("external_id") is { Length: > 0 } externalId ? externalId : null,
        };
        var hops = visited.Append(name).ToList();
        var described = $"the role {roleArn} (profile '{name}')";
        if (profile.GetValueOrDefault("web_identity_token_file") is { Length: > 0 } tokenFile)
        {
            var source = WebIdentityTokenSource.FromFile(tokenFile);
            return await context.Sts.AssumeRoleWithWebIdentityAsync(
                role, token => source.GetTokenAsync(context.Environment, context.Transport, token), $"{described}, web identity", context.Host, cancellationToken);
        }

        ResolvedCredentials caller;
        if (profile.GetValueOrDefault("source_profile") is { Length: > 0 } sourceProfile)
        {
            // A profile may name itself as its source when it holds the keys beside role_arn.
            caller = sourceProfile == name
                ? await DirectAsync(context, name, profile, true, cancellationToken)
                : await ResolveAsync(context, sourceProfile, hops, cancellationToken);
        }
        else if (profile.GetValueOrDefault("credential_source") is { Length: > 0 } credentialSource)
        {
            caller = await FromCredentialSourceAsync(context, name, credentialSource, cancellationToken);
        }
        else
        {
            throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The profile '{name}' sets role_arn but none of source_profile, credential_source or web_identity_token_file: add the one that holds the credentials that assume the role.");
        }

        return await context.Sts.AssumeRoleAsync(caller, role, described, cancellationToken);
    }

    private static async Task<ResolvedCredentials> FromCredentialSourceAsync(CredentialContext context, string name, string credentialSource, CancellationToken cancellationToken)
    {
        CredentialSource source = credentialSource switch
        {
            "Environment" => new EnvironmentKeysSource(),
            "Ec2InstanceMetadata" => new InstanceMetadataSource(),
            "EcsContainer" => new ContainerCredentialsSource(),
            _ => throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The credential_source of profile '{name}' is '{credentialSource}': expected Environment, Ec2InstanceMetadata or EcsContainer."),
        };
        string? why = null;
        return await source.TryResolveAsync(context, reason => why = reason, cancellationToken)
            ?? throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The profile '{name}' takes its credentials from {credentialSource}, but {why}.");
    }

    private static async Task<ResolvedCredentials> DirectAsync(CredentialContext context, string name, IReadOnlyDictionary<string, string> profile, bool isSource, CancellationToken cancellationToken)
    {
        if (profile.GetValueOrDefault("sso_session") is { Length: > 0 } || profile.GetValueOrDefault("sso_start_url") is { Length: > 0 })
        {
            return await SsoProfile.ResolveAsync(context, name, profile, cancellationToken);
        }

        if (profile.GetValueOrDefault("credential_process") is { Length: > 0 } command)
        {
            return await ProcessAsync(context, name, command);
        }

        if (profile.GetValueOrDefault("aws_access_key_id") is { Length: > 0 } accessKey)
        {
            var secretKey = profile.GetValueOrDefault("aws_secret_access_key") is { Length: > 0 } secret ? secret
                : throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The profile '{name}' has aws_access_key_id but no aws_secret_access_key: add it ({context.Files.CredentialsPath}).");
            return context.Keys(accessKey, secretKey, profile.GetValueOrDefault("aws_session_token"), $"the profile '{name}'", obtained: false);
        }

        throw new EcrLoginException(EcrErrorKind.NoCredentials, isSource
            ? $"The profile '{name}' is a source_profile but holds no credentials (aws_access_key_id, credential_process, sso_session or role_arn)."
            : $"The profile '{name}' holds no credentials (aws_access_key_id, credential_process, sso_session or role_arn) in {context.Files.Describe()}.");
    }

    private static async Task<ResolvedCredentials> ProcessAsync(CredentialContext context, string name, string command)
    {
        ImmutableCredentials current;
        try
        {
            current = await new ProcessAWSCredentials(command).GetCredentialsAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException and not EcrLoginException)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials,
                $"The credential_process of profile '{name}' failed: {context.Log.Redactor.Redact(FirstLine(e.Message))}. Run it by hand to see its output; it must exit 0 and print {{\"Version\": 1, \"AccessKeyId\": ..., \"SecretAccessKey\": ...}}.", e);
        }

        return current is { AccessKey.Length: > 0, SecretKey.Length: > 0 }
            ? context.Keys(current.AccessKey, current.SecretKey, current.Token, $"the credential_process of profile '{name}'")
            : throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The credential_process of profile '{name}' printed no AccessKeyId and SecretAccessKey.");
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
