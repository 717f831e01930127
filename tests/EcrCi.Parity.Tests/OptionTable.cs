using CakeSettings = Cake.EcrCi.EcrLoginSettings;
using Amazon.Runtime;
using EcrCi.Nuke;

namespace EcrCi.Parity.Tests;

/// <summary>Every core option, with what each front end's user writes for it. A new option needs a row here.</summary>
public static partial class OptionTable
{
    private const string Role = "arn:aws:iam::123456789012:role/ci";
    private const string InlinePolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"}]}""";
    private const string ManagedPolicy = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly";
    private const string ContainerHostOnly = "a container action sees only the job's inputs and variables, not the runner host's files";
    private const string NoCliFlag = "no ecr-login flag yet: set it through its environment variable or use another front end";

    public static readonly BasicAWSCredentials Keys = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    public static IReadOnlyList<OptionRow> Rows { get; } =
    [
        new(nameof(EcrAuthOptions.Registries), new[] { "111111111111", "222222222222.dkr.ecr.us-east-1.amazonaws.com" })
        {
            Action = new([("registries", "111111111111,222222222222.dkr.ecr.us-east-1.amazonaws.com")]),
            Nuke = new(_ => _.SetRegistries("111111111111", "222222222222.dkr.ecr.us-east-1.amazonaws.com")),
            Cake = new(s => { s.Registries.Add("111111111111"); s.Registries.Add("222222222222.dkr.ecr.us-east-1.amazonaws.com"); }),
            Cli = new(["111111111111", "222222222222.dkr.ecr.us-east-1.amazonaws.com"]),
        },
        new(nameof(EcrAuthOptions.Region), "eu-central-1")
        {
            Action = new([("region", "eu-central-1")]),
            Nuke = new(_ => _.SetRegion("eu-central-1")),
            Cake = new(s => s.Region = "eu-central-1"),
            Cli = new(["--region", "eu-central-1"]),
        },
        new(nameof(EcrAuthOptions.Public), true)
        {
            Action = new([("registry-type", "public")]),
            Nuke = new(_ => _.EnablePublic()),
            Cake = new(s => s.Public = true),
            Cli = new(["--public"]),
        },
        new(nameof(EcrAuthOptions.Profile), "ci")
        {
            Action = FrontEndSetting<(string, string)[]>.NotOffered(ContainerHostOnly + " (no ~/.aws)"),
            Nuke = new(_ => _.SetProfile("ci")),
            Cake = new(s => s.Profile = "ci"),
            Cli = new(["--profile", "ci"]),
        },
        new(nameof(EcrAuthOptions.Credentials), Keys)
        {
            Action = FrontEndSetting<(string, string)[]>.NotOffered("keys come from the job's environment or a role, never from inputs"),
            Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered("a build's keys come from the environment, a profile or a role"),
            Cake = new(s => s.Credentials = Keys),
            Cli = FrontEndSetting<string[]>.NotOffered("keys on a command line would be visible in the process list"),
        },
        new(nameof(EcrAuthOptions.RoleToAssume), Role)
        {
            Action = new([("role-to-assume", Role)]),
            Nuke = new(_ => _.SetRoleToAssume(Role)),
            Cake = new(s => s.RoleToAssume = Role),
            Cli = new(["--role-to-assume", Role]),
        },
        new(nameof(EcrAuthOptions.WebIdentityTokenFile), "/tmp/oidc-token")
        {
            Action = FrontEndSetting<(string, string)[]>.NotOffered("the action requests the job's own OIDC token"),
            Nuke = new(_ => _.SetWebIdentityTokenFile("/tmp/oidc-token")),
            Cake = new(s => s.WebIdentityTokenFile = "/tmp/oidc-token"),
            Cli = new(["--web-identity-token-file", "/tmp/oidc-token"]),
        },
        new(nameof(EcrAuthOptions.Audience), "api://ecr")
        {
            Action = new([("audience", "api://ecr")]),
            Nuke = FrontEndSetting<Func<EcrLoginSettings, EcrLoginSettings>>.NotOffered("a build hands a token file over; its audience is the issuer's business"),
            Cake = FrontEndSetting<Action<CakeSettings>>.NotOffered("a script hands a token file over; its audience is the issuer's business"),
            Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag),
        },
        new(nameof(EcrAuthOptions.RoleSessionName), "release-42")
        {
            Action = new([("role-session-name", "release-42")]),
            Nuke = new(_ => _.SetRoleSessionName("release-42")),
            Cake = new(s => s.RoleSessionName = "release-42"),
            Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (AWS_ROLE_SESSION_NAME)"),
        },
        new(nameof(EcrAuthOptions.RoleDuration), TimeSpan.FromHours(2))
        {
            Action = new([("role-duration-seconds", "7200")]),
            Nuke = new(_ => _.SetRoleDuration(TimeSpan.FromHours(2))),
            Cake = new(s => s.RoleDuration = TimeSpan.FromHours(2)),
            Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag),
        },
        new(nameof(EcrAuthOptions.RoleChaining), true)
        {
            Action = new([("role-chaining", "true")]),
            Nuke = new(_ => _.EnableRoleChaining()),
            Cake = new(s => s.RoleChaining = true),
            Cli = new(["--role-chaining"]),
        },
        new(nameof(EcrAuthOptions.RoleExternalId), "ext-1234")
        {
            Action = new([("role-external-id", "ext-1234")]),
            Nuke = new(_ => _.SetRoleExternalId("ext-1234")),
            Cake = new(s => s.RoleExternalId = "ext-1234"),
            Cli = new(["--role-external-id", "ext-1234"]),
        },
        new(nameof(EcrAuthOptions.InlineSessionPolicy), InlinePolicy)
        {
            Action = new([("inline-session-policy", InlinePolicy)]),
            Nuke = new(_ => _.SetInlineSessionPolicy(InlinePolicy)),
            Cake = new(s => s.InlineSessionPolicy = InlinePolicy),
            Cli = new(["--inline-session-policy", InlinePolicy]),
        },
        new(nameof(EcrAuthOptions.ManagedSessionPolicies), (IReadOnlyList<string>)[ManagedPolicy])
        {
            Action = new([("managed-session-policies", ManagedPolicy)]),
            Nuke = new(_ => _.SetManagedSessionPolicies(ManagedPolicy)),
            Cake = new(s => s.ManagedSessionPolicies.Add(ManagedPolicy)),
            Cli = new(["--managed-session-policies", ManagedPolicy]),
        },
        new(nameof(EcrAuthOptions.AllowedAccountIds), (IReadOnlyList<string>)["111111111111", "222222222222"])
        {
            Action = new([("allowed-account-ids", "111111111111,222222222222")]),
            Nuke = new(_ => _.SetAllowedAccountIds("111111111111", "222222222222")),
            Cake = new(s => { s.AllowedAccountIds.Add("111111111111"); s.AllowedAccountIds.Add("222222222222"); }),
            Cli = new(["--allowed-account-ids", "111111111111,222222222222"]),
        },
        .. OptionTable.Endpoints.Rows,
        .. OptionTable.Client.Rows,
        .. OptionTable.Retries.Rows,
        .. OptionTable.Cache.Rows,
        .. OptionTable.Host.Rows,
    ];
}
