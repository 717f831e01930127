using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using EcrCi.Errors;

namespace EcrCi.Aws.Credentials;

/// <summary>
/// An IAM Identity Center (SSO) profile: <c>sso_session</c> naming an <c>[sso-session]</c>
/// section (<c>sso_start_url</c>, <c>sso_region</c>), or the older form with both in the profile;
/// <c>sso_account_id</c> and <c>sso_role_name</c> in either. The token <c>aws sso login</c> cached
/// (<c>~/.aws/sso/cache/&lt;sha1&gt;.json</c>) is checked here so that a missing or expired one says
/// what to run; AWSSDK.SSO then trades it for the role's keys at the SSO portal
/// (<c>AWS_ENDPOINT_URL_SSO</c> moves it).
/// </summary>
internal static class SsoProfile
{
    public static async Task<ResolvedCredentials> ResolveAsync(CredentialContext context, string name, IReadOnlyDictionary<string, string> profile, CancellationToken cancellationToken)
    {
        var sessionName = profile.GetValueOrDefault("sso_session") is { Length: > 0 } session ? session : null;
        IReadOnlyDictionary<string, string> settings = profile;
        if (sessionName is not null)
        {
            settings = context.Files.SsoSession(sessionName) ?? throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The profile '{name}' names sso_session '{sessionName}', but {context.Files.ConfigPath} has no [sso-session {sessionName}] section: run 'aws configure sso --profile {name}'.");
        }

        var startUrl = Required(settings, "sso_start_url", name);
        var region = Required(settings, "sso_region", name);
        var account = Required(profile, "sso_account_id", name);
        var roleName = Required(profile, "sso_role_name", name);
        CheckCachedToken(context, name, sessionName ?? startUrl);

        ImmutableCredentials current;
        try
        {
            AwsRuntimeDependencies.EnsureRegistered();
            var credentials = new SSOAWSCredentials(account, region, roleName, startUrl, new SSOAWSCredentialsOptions
            {
                SessionName = sessionName,
                SupportsGettingNewToken = false,
                ProxySettings = context.Proxy,
            });
            current = await credentials.GetCredentialsAsync();
        }
        catch (Exception e) when (e is AmazonClientException or InvalidOperationException or HttpRequestException or IOException)
        {
            var expired = e.Message.Contains("expired", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("token", StringComparison.OrdinalIgnoreCase);
            throw new EcrLoginException(expired ? EcrErrorKind.ExpiredCredentials : EcrErrorKind.NoCredentials,
                $"The SSO profile '{name}' could not get the keys of role {roleName} in account {account}: {context.Log.Redactor.Redact(e.Message.Split('\n', 2)[0].Trim())}. Run 'aws sso login --profile {name}' and try again.", e);
        }

        return context.Keys(current.AccessKey, current.SecretKey, current.Token, $"the SSO profile '{name}' (role {roleName})");
    }

    private static string Required(IReadOnlyDictionary<string, string> settings, string key, string profile) =>
        settings.GetValueOrDefault(key) is { Length: > 0 } value ? value
        : throw new EcrLoginException(EcrErrorKind.InvalidInput, $"The SSO profile '{profile}' lacks {key}: run 'aws configure sso --profile {profile}'.");

    private static void CheckCachedToken(CredentialContext context, string profile, string cacheName)
    {
        var file = Path.Combine(SharedConfigFiles.HomeFolder(context.Environment), ".aws", "sso", "cache",
            Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(cacheName))) + ".json");
        var login = $"run 'aws sso login --profile {profile}'";
        if (!File.Exists(file))
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The SSO profile '{profile}' has no cached login ({file} does not exist): {login}.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            var token = root.TryGetProperty("accessToken", out var value) ? value.GetString() : null;
            if (string.IsNullOrEmpty(token))
            {
                throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The cached SSO login of profile '{profile}' ({file}) holds no access token: {login}.");
            }

            context.Log.Redactor.Add(token);
            if (root.TryGetProperty("expiresAt", out var expiresAt)
                && DateTimeOffset.TryParse(expiresAt.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires)
                && expires <= DateTimeOffset.UtcNow
                && !root.TryGetProperty("refreshToken", out _))
            {
                throw new EcrLoginException(EcrErrorKind.ExpiredCredentials, $"The SSO login of profile '{profile}' expired at {expires.UtcDateTime:u}: {login}.");
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials, $"The cached SSO login of profile '{profile}' ({file}) cannot be read: {login}.", e);
        }
    }
}
