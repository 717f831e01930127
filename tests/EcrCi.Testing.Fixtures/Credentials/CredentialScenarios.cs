using System.Security.Cryptography;
using System.Text;

namespace EcrCi.Testing;

/// <summary>
/// One way a machine holds AWS credentials, set up against the emulator in a folder of its own:
/// the variables a process sees (HOME, the shared files, endpoints) and the label of the key that
/// must sign the ECR call when that source was used. Every scenario turns instance metadata off
/// or points it at the emulator, so nothing leaves loopback.
/// </summary>
/// <param name="Name">The source, as the matrix names it.</param>
/// <param name="Environment">The variables of the process that logs in.</param>
/// <param name="ExpectedSigner">The emulator's label of the key that must sign the ECR call.</param>
public sealed record CredentialScenario(string Name, IReadOnlyDictionary<string, string?> Environment, string ExpectedSigner)
{
    /// <summary>A profile the front end must name explicitly (its profile option), or null; environment keys win over AWS_PROFILE, as in the AWS CLI.</summary>
    public string? Profile { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The matrix of credential sources every build is proven with (in-process, native CLI, native Action, Nuke, Cake).</summary>
public static class CredentialScenarios
{
    /// <summary>The role chained profiles assume.</summary>
    public const string ChainedRole = "arn:aws:iam::111111111111:role/ecr-pusher";

    /// <summary>The first hop of a two-hop chain.</summary>
    public const string FirstHopRole = "arn:aws:iam::111111111111:role/ecr-hop";

    /// <summary>The role web identity assumes.</summary>
    public const string WebIdentityRole = "arn:aws:iam::111111111111:role/ecr-irsa";

    /// <summary>The SSO account and role.</summary>
    public const string SsoAccount = "111111111111";

    /// <summary>The SSO permission set's role name.</summary>
    public const string SsoRole = "EcrPush";

    /// <summary>The names of every scenario, for theory data.</summary>
    public static IEnumerable<object[]> Names() => Builders.Keys.Select(name => new object[] { name });

    /// <summary>The names of the scenarios that a Nuke or Cake run proves besides the basics.</summary>
    public static IEnumerable<object[]> HostNames() => new[] { "sso-session", "chained-role-profile" }.Select(name => new object[] { name });

    /// <summary>Sets scenario <paramref name="name"/> up in <paramref name="folder"/> against <paramref name="emulator"/>.</summary>
    public static CredentialScenario Create(string name, EcrEmulator emulator, string folder)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var environment = BaseEnvironment(emulator, folder);
        var signer = Builders[name](emulator, folder, environment);
        var profile = environment.Remove(ExplicitProfile, out var named) ? named : null;
        return new CredentialScenario(name, environment, signer) { Profile = profile };
    }

    /// <summary>The variables every scenario starts from: a home of its own, emulator endpoints, instance metadata off.</summary>
    public static Dictionary<string, string?> BaseEnvironment(EcrEmulator emulator, string folder)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        Directory.CreateDirectory(Path.Combine(folder, ".aws"));
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["HOME"] = folder,
            ["USERPROFILE"] = folder,
            ["AWS_CONFIG_FILE"] = Path.Combine(folder, ".aws", "config"),
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder, ".aws", "credentials"),
            ["AWS_REGION"] = "eu-west-1",
            ["AWS_ENDPOINT_URL_ECR"] = emulator.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_STS"] = emulator.StsEndpoint.ToString(),
            ["AWS_ENDPOINT_URL_SSO"] = emulator.Endpoint.ToString(),
            ["AWS_EC2_METADATA_DISABLED"] = "true",
        };
    }

    // A builder asks for an explicit profile option by setting this pseudo-variable.
    private const string ExplicitProfile = "(profile option)";

    private delegate string Builder(EcrEmulator emulator, string folder, Dictionary<string, string?> environment);

    private static readonly Dictionary<string, Builder> Builders = new(StringComparer.Ordinal)
    {
        ["environment-keys"] = (emulator, _, environment) =>
        {
            var key = emulator.IssueCredentials("env");
            environment["AWS_ACCESS_KEY_ID"] = key.AccessKeyId;
            environment["AWS_SECRET_ACCESS_KEY"] = key.SecretAccessKey;
            environment["AWS_SESSION_TOKEN"] = key.SessionToken;
            return "env";
        },
        ["default-profile"] = (emulator, folder, _) =>
        {
            var key = emulator.IssueCredentials("default-profile", temporary: false);
            Credentials(folder, $"[default]\naws_access_key_id = {key.AccessKeyId}\naws_secret_access_key = {key.SecretAccessKey}\n");
            return "default-profile";
        },
        ["named-profile"] = (emulator, folder, environment) =>
        {
            var key = emulator.IssueCredentials("named-profile", temporary: false);
            Credentials(folder, $"[ci]\naws_access_key_id = {key.AccessKeyId}\naws_secret_access_key = {key.SecretAccessKey}\n");
            environment["AWS_PROFILE"] = "ci";
            return "named-profile";
        },
        ["credential-process"] = (emulator, folder, environment) =>
        {
            var key = emulator.IssueCredentials("process");
            var script = Path.Combine(folder, "credentials.sh");
            File.WriteAllText(script, $"#!/bin/sh\nprintf '%s' '{{\"Version\":1,\"AccessKeyId\":\"{key.AccessKeyId}\",\"SecretAccessKey\":\"{key.SecretAccessKey}\",\"SessionToken\":\"{key.SessionToken}\"}}'\n");
            MakeExecutable(script);
            Config(folder, $"[profile ci]\ncredential_process = {script}\n");
            environment["AWS_PROFILE"] = "ci";
            return "process";
        },
        ["sso-session"] = (emulator, folder, environment) =>
        {
            SsoLogin(emulator, folder, "corp");
            Config(folder, $"[profile dev]\nsso_session = corp\nsso_account_id = {SsoAccount}\nsso_role_name = {SsoRole}\nregion = eu-west-1\n\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n");
            environment["AWS_PROFILE"] = "dev";
            return $"sso:{SsoAccount}/{SsoRole}";
        },
        ["sso-start-url"] = (emulator, folder, environment) =>
        {
            SsoLogin(emulator, folder, "https://legacy.awsapps.com/start");
            Config(folder, $"[profile legacy]\nsso_start_url = https://legacy.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = {SsoAccount}\nsso_role_name = {SsoRole}\n");
            environment["AWS_PROFILE"] = "legacy";
            return $"sso:{SsoAccount}/{SsoRole}";
        },
        ["chained-role-profile"] = (emulator, folder, environment) =>
        {
            var key = emulator.IssueCredentials("source-profile", temporary: false);
            emulator.TrustRoleForChaining(ChainedRole, "ext-1234");
            Credentials(folder, $"[base]\naws_access_key_id = {key.AccessKeyId}\naws_secret_access_key = {key.SecretAccessKey}\n");
            Config(folder, $"[profile pusher]\nrole_arn = {ChainedRole}\nsource_profile = base\nexternal_id = ext-1234\nrole_session_name = matrix-session\nduration_seconds = 1800\n");
            environment["AWS_PROFILE"] = "pusher";
            return $"role:{ChainedRole}";
        },
        ["two-hop-role-profile"] = (emulator, folder, environment) =>
        {
            var key = emulator.IssueCredentials("source-profile", temporary: false);
            emulator.TrustRoleForChaining(FirstHopRole);
            emulator.TrustRoleForChaining(ChainedRole);
            Credentials(folder, $"[base]\naws_access_key_id = {key.AccessKeyId}\naws_secret_access_key = {key.SecretAccessKey}\n");
            Config(folder, $"[profile hop]\nrole_arn = {FirstHopRole}\nsource_profile = base\n\n[profile pusher]\nrole_arn = {ChainedRole}\nsource_profile = hop\n");
            environment["AWS_PROFILE"] = "pusher";
            return $"role:{ChainedRole}";
        },
        ["role-from-environment"] = (emulator, folder, environment) =>
        {
            var key = emulator.IssueCredentials("env");
            emulator.TrustRoleForChaining(ChainedRole);
            Config(folder, $"[profile pusher]\nrole_arn = {ChainedRole}\ncredential_source = Environment\n");
            environment["AWS_ACCESS_KEY_ID"] = key.AccessKeyId;
            environment["AWS_SECRET_ACCESS_KEY"] = key.SecretAccessKey;
            environment["AWS_SESSION_TOKEN"] = key.SessionToken;
            environment[ExplicitProfile] = "pusher";
            return $"role:{ChainedRole}";
        },
        ["web-identity-profile"] = (emulator, folder, environment) =>
        {
            emulator.TrustRole(WebIdentityRole, "repo:");
            var token = Path.Combine(folder, "token");
            File.WriteAllText(token, emulator.IssueOidcToken());
            Config(folder, $"[profile irsa]\nrole_arn = {WebIdentityRole}\nweb_identity_token_file = {token}\n");
            environment["AWS_PROFILE"] = "irsa";
            return $"web-identity:{WebIdentityRole}";
        },
        ["web-identity-environment"] = (emulator, folder, environment) =>
        {
            emulator.TrustRole(WebIdentityRole, "repo:");
            var token = Path.Combine(folder, "token");
            File.WriteAllText(token, emulator.IssueOidcToken());
            environment["AWS_WEB_IDENTITY_TOKEN_FILE"] = token;
            environment["AWS_ROLE_ARN"] = WebIdentityRole;
            environment["AWS_ROLE_SESSION_NAME"] = "irsa-pod";
            return $"web-identity:{WebIdentityRole}";
        },
        ["container-pod-identity"] = (emulator, folder, environment) =>
        {
            var token = Path.Combine(folder, "eks-pod-identity-token");
            File.WriteAllText(token, emulator.ContainerAuthorizationToken);
            environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = emulator.ContainerCredentialsUri.ToString();
            environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = token;
            return "container";
        },
        ["container-token"] = (emulator, _, environment) =>
        {
            environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = emulator.ContainerCredentialsUri.ToString();
            environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = emulator.ContainerAuthorizationToken;
            return "container";
        },
        ["instance-metadata"] = (emulator, _, environment) =>
        {
            emulator.ServeInstanceProfile("ci-instance", "eu-west-1");
            environment.Remove("AWS_EC2_METADATA_DISABLED");
            environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = emulator.Endpoint.ToString();
            return "imds:ci-instance";
        },
    };

    /// <summary>Marks a script executable (the matrix runs on Linux, where the Action and the native binaries live).</summary>
    public static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void Config(string folder, string text) => File.AppendAllText(Path.Combine(folder, ".aws", "config"), text + "\n");

    private static void Credentials(string folder, string text) => File.AppendAllText(Path.Combine(folder, ".aws", "credentials"), text + "\n");

    /// <summary>What <c>aws sso login</c> leaves: a cached token named by the SHA-1 of the session name (or start URL).</summary>
    private static void SsoLogin(EcrEmulator emulator, string folder, string cacheName)
    {
        var accessToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        emulator.RegisterSsoToken(accessToken, SsoAccount, SsoRole);
        var cache = Directory.CreateDirectory(Path.Combine(folder, ".aws", "sso", "cache"));
        var file = Path.Combine(cache.FullName, Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(cacheName))) + ".json");
        var expires = DateTimeOffset.UtcNow.AddHours(8).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(file, $"{{\"startUrl\":\"https://corp.awsapps.com/start\",\"region\":\"eu-west-1\",\"accessToken\":\"{accessToken}\",\"expiresAt\":\"{expires}\"}}");
    }
}
