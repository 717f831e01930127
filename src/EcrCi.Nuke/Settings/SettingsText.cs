using System.Globalization;
using EcrCi.Secrets;

namespace EcrCi.Nuke;

/// <summary>How settings show their values: only what is set, and never a credential.</summary>
internal static class SettingsText
{
    public static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name} = {value}");
        }
    }

    public static string? Of(bool? value) => value is { } set ? (set ? "true" : "false") : null;

    public static string? Of(IReadOnlyList<string>? values) => values is null ? null : $"[{string.Join(", ", values)}]";

    /// <summary>The mode as AWS writes it: <c>legacy</c>, <c>standard</c> or <c>adaptive</c>.</summary>
    public static string? Of(RetryMode? value) => value?.ToString().ToLowerInvariant();

    public static string? Of(TimeSpan? value) => value?.ToString("c", CultureInfo.InvariantCulture);

    /// <summary>The URL with any user part (<c>user:password@</c>) shown as <c>[REDACTED]</c>.</summary>
    public static string? Of(Uri? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!value.IsAbsoluteUri || string.IsNullOrEmpty(value.UserInfo))
        {
            return value.ToString();
        }

        var hidden = new UriBuilder(value) { UserName = string.Empty, Password = string.Empty }.Uri;
        return hidden.ToString().Replace("://", $"://{Secret.Mask}@", StringComparison.Ordinal);
    }
}
