namespace EcrCi.Nuke;

public static partial class EcrSettingsExtensions
{
    /// <summary>Sets <see cref="EcrSettings.RoleToAssume"/>, an IAM role ARN to assume with a web identity token.</summary>
    public static T SetRoleToAssume<T>(this T settings, string roleArn)
        where T : EcrSettings
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleArn);
        return Copy(settings, s => s with { RoleToAssume = roleArn });
    }

    /// <summary>Resets <see cref="EcrSettings.RoleToAssume"/>: no role, the credential chain decides.</summary>
    public static T ResetRoleToAssume<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RoleToAssume = null });

    /// <summary>Sets <see cref="EcrSettings.WebIdentityTokenFile"/>, the file holding the web identity (OIDC) token.</summary>
    public static T SetWebIdentityTokenFile<T>(this T settings, string path)
        where T : EcrSettings
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Copy(settings, s => s with { WebIdentityTokenFile = path });
    }

    /// <summary>Resets <see cref="EcrSettings.WebIdentityTokenFile"/>, so AWS_WEB_IDENTITY_TOKEN_FILE or GitHub Actions' OIDC provider decides.</summary>
    public static T ResetWebIdentityTokenFile<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { WebIdentityTokenFile = null });

    /// <summary>Sets <see cref="EcrSettings.RoleSessionName"/>.</summary>
    public static T SetRoleSessionName<T>(this T settings, string sessionName)
        where T : EcrSettings
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionName);
        return Copy(settings, s => s with { RoleSessionName = sessionName });
    }

    /// <summary>Resets <see cref="EcrSettings.RoleSessionName"/>, so one is derived from the repository and run.</summary>
    public static T ResetRoleSessionName<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RoleSessionName = null });

    /// <summary>Sets <see cref="EcrSettings.RoleDuration"/>.</summary>
    public static T SetRoleDuration<T>(this T settings, TimeSpan duration)
        where T : EcrSettings => Copy(settings, s => s with { RoleDuration = duration });

    /// <summary>Resets <see cref="EcrSettings.RoleDuration"/> to one hour.</summary>
    public static T ResetRoleDuration<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RoleDuration = null });
}
