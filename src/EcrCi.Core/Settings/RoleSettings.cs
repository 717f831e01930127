using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Hosts;

namespace EcrCi.Settings;

/// <summary>
/// The role to assume, resolved like every setting: the option, then the environment
/// (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_SESSION_NAME), then what the CI host offers (its OIDC
/// token, its run's name), then the default (one hour, audience <c>sts.amazonaws.com</c>).
/// </summary>
internal static class RoleSettings
{
    /// <summary>The audience AWS's IAM OIDC providers expect unless configured otherwise.</summary>
    public const string DefaultAudience = "sts.amazonaws.com";

    /// <summary>How long the role's credentials live unless set.</summary>
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    /// <summary>The role assumption, or null when no role is set; role-only settings without a role are refused.</summary>
    public static RoleAssumption? From(EcrAuthOptions options, AwsEnvironment environment, CiHost host)
    {
        if (Blank(options.RoleToAssume) is not { } roleArn)
        {
            RefuseWithoutRole(nameof(EcrAuthOptions.WebIdentityTokenFile), "A web identity token file", options.WebIdentityTokenFile is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.Audience), "An OIDC audience", options.Audience is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.RoleSessionName), "A role session name", options.RoleSessionName is not null);
            RefuseWithoutRole(nameof(EcrAuthOptions.RoleDuration), "A role duration", options.RoleDuration is not null);
            return null;
        }

        var sessionName = Blank(options.RoleSessionName) ?? environment.Get("AWS_ROLE_SESSION_NAME") ?? RoleAssumption.SessionNameFor(host.RunName());
        var duration = options.RoleDuration ?? DefaultDuration;
        RoleAssumption.Check(roleArn, sessionName, duration);
        var audience = Blank(options.Audience) ?? DefaultAudience;
        var file = Blank(options.WebIdentityTokenFile) ?? environment.Get("AWS_WEB_IDENTITY_TOKEN_FILE");
        var source = file is not null ? WebIdentityTokenSource.FromFile(file)
            : host.OidcTokenSource(audience) ?? throw new EcrLoginException(EcrErrorKind.NoCredentials,
                $"No web identity token for the role {roleArn}: {host.MissingTokenAdvice}.") { Option = nameof(EcrAuthOptions.WebIdentityTokenFile) };
        return new RoleAssumption(roleArn, source, sessionName, duration);
    }

    private static void RefuseWithoutRole(string option, string what, bool isSet)
    {
        if (isSet)
        {
            throw EcrLoginException.Input(option,
                $"{what} applies only to a role to assume, and no role is set: set the role's ARN, or drop the setting.");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
