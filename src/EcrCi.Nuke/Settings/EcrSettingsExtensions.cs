namespace EcrCi.Nuke;

/// <summary>
/// Fluent, pure methods for every ECR task's settings, in Nuke's naming: each returns a
/// modified copy and leaves the settings it was called on unchanged.
/// </summary>
public static partial class EcrSettingsExtensions
{
    /// <summary>Sets <see cref="EcrSettings.Region"/> (such as <c>eu-west-1</c>).</summary>
    public static T SetRegion<T>(this T settings, string region)
        where T : EcrSettings
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        return Copy(settings, s => s with { Region = region });
    }

    /// <summary>Resets <see cref="EcrSettings.Region"/>, so AWS_REGION, AWS_DEFAULT_REGION or the profile decide.</summary>
    public static T ResetRegion<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Region = null });

    /// <summary>Sets <see cref="EcrSettings.Public"/>.</summary>
    public static T SetPublic<T>(this T settings, bool @public)
        where T : EcrSettings => Copy(settings, s => s with { Public = @public });

    /// <summary>Resets <see cref="EcrSettings.Public"/> to false (private registries).</summary>
    public static T ResetPublic<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Public = false });

    /// <summary>Enables <see cref="EcrSettings.Public"/>: log in to ECR Public.</summary>
    public static T EnablePublic<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Public = true });

    /// <summary>Disables <see cref="EcrSettings.Public"/>: log in to private registries.</summary>
    public static T DisablePublic<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Public = false });

    /// <summary>Toggles <see cref="EcrSettings.Public"/>.</summary>
    public static T TogglePublic<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Public = !s.Public });

    /// <summary>Sets <see cref="EcrSettings.Profile"/>, the AWS profile to take credentials from.</summary>
    public static T SetProfile<T>(this T settings, string profile)
        where T : EcrSettings
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profile);
        return Copy(settings, s => s with { Profile = profile });
    }

    /// <summary>Resets <see cref="EcrSettings.Profile"/>, so the default credential chain decides.</summary>
    public static T ResetProfile<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Profile = null });

    /// <summary>Makes the copy every fluent method returns.</summary>
    private static T Copy<T>(T settings, Func<EcrSettings, EcrSettings> change)
        where T : EcrSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (T)change(settings);
    }

    /// <summary>
    /// Parses an absolute http(s) URL given as text, or says what is wrong with it without
    /// repeating it: text such as <c>user:password@proxy:3128</c> parses as a URL whose scheme is
    /// <c>user</c> and whose path holds the password, so no part of a refused value is shown.
    /// </summary>
    private static Uri ParseUrl(string url, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url, parameter);
        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            return parsed;
        }

        var problem = parsed is null ? "text that is not an absolute URL" : "a value that does not start with http:// or https://";
        throw new ArgumentException(
            $"Expected an absolute http:// or https:// URL such as http://user:password@proxy.example.com:3128, got {problem} (not shown: it may hold a password).", parameter);
    }
}
