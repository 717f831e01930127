namespace EcrCi.Nuke;

public static partial class EcrSettingsExtensions
{
    /// <summary>Sets <see cref="EcrSettings.Registries"/>: account ids, registry hosts or URLs.</summary>
    public static T SetRegistries<T>(this T settings, params string[] registries)
        where T : EcrSettings => SetRegistries(settings, (IEnumerable<string>)registries);

    /// <summary>Sets <see cref="EcrSettings.Registries"/>: account ids, registry hosts or URLs.</summary>
    public static T SetRegistries<T>(this T settings, IEnumerable<string> registries)
        where T : EcrSettings
    {
        var list = Checked(registries);
        return Copy(settings, s => s with { Registries = list });
    }

    /// <summary>Adds to <see cref="EcrSettings.Registries"/>.</summary>
    public static T AddRegistries<T>(this T settings, params string[] registries)
        where T : EcrSettings => AddRegistries(settings, (IEnumerable<string>)registries);

    /// <summary>Adds to <see cref="EcrSettings.Registries"/>.</summary>
    public static T AddRegistries<T>(this T settings, IEnumerable<string> registries)
        where T : EcrSettings
    {
        var list = Checked(registries);
        return Copy(settings, s => s with { Registries = [.. s.Registries, .. list] });
    }

    /// <summary>Removes every occurrence of the given entries from <see cref="EcrSettings.Registries"/> (exact text).</summary>
    public static T RemoveRegistries<T>(this T settings, params string[] registries)
        where T : EcrSettings => RemoveRegistries(settings, (IEnumerable<string>)registries);

    /// <summary>Removes every occurrence of the given entries from <see cref="EcrSettings.Registries"/> (exact text).</summary>
    public static T RemoveRegistries<T>(this T settings, IEnumerable<string> registries)
        where T : EcrSettings
    {
        var removed = Checked(registries).ToHashSet(StringComparer.Ordinal);
        return Copy(settings, s => s with { Registries = [.. s.Registries.Where(r => !removed.Contains(r))] });
    }

    /// <summary>Clears <see cref="EcrSettings.Registries"/>: the caller's own account (or ECR Public).</summary>
    public static T ClearRegistries<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { Registries = [] });

    private static string[] Checked(IEnumerable<string> registries)
    {
        ArgumentNullException.ThrowIfNull(registries);
        var list = registries.ToArray();
        return list.Contains(null)
            ? throw new ArgumentException("A registry is null: give account ids, registry hosts or URLs.", nameof(registries))
            : list;
    }
}
