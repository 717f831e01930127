namespace EcrCi.Nuke;

public static partial class EcrSettingsExtensions
{
    /// <summary>Sets <see cref="EcrSettings.RoleChaining"/>.</summary>
    public static T SetRoleChaining<T>(this T settings, bool roleChaining)
        where T : EcrSettings => Copy(settings, s => s with { RoleChaining = roleChaining });

    /// <summary>Resets <see cref="EcrSettings.RoleChaining"/>: the role is assumed with a web identity token.</summary>
    public static T ResetRoleChaining<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RoleChaining = null });

    /// <summary>Enables <see cref="EcrSettings.RoleChaining"/>: assume the role with the credentials at hand.</summary>
    public static T EnableRoleChaining<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RoleChaining = true });

    /// <summary>Disables <see cref="EcrSettings.RoleChaining"/>: assume the role with a web identity token.</summary>
    public static T DisableRoleChaining<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RoleChaining = false });

    /// <summary>Toggles <see cref="EcrSettings.RoleChaining"/>; an unset value counts as false.</summary>
    public static T ToggleRoleChaining<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RoleChaining = s.RoleChaining != true });

    /// <summary>Sets <see cref="EcrSettings.RoleExternalId"/>, the external id the role's trust policy requires.</summary>
    public static T SetRoleExternalId<T>(this T settings, string externalId)
        where T : EcrSettings
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        return Copy(settings, s => s with { RoleExternalId = externalId });
    }

    /// <summary>Resets <see cref="EcrSettings.RoleExternalId"/>: no external id is sent.</summary>
    public static T ResetRoleExternalId<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { RoleExternalId = null });

    /// <summary>Sets <see cref="EcrSettings.InlineSessionPolicy"/>, a JSON policy document.</summary>
    public static T SetInlineSessionPolicy<T>(this T settings, string policyJson)
        where T : EcrSettings
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyJson);
        return Copy(settings, s => s with { InlineSessionPolicy = policyJson });
    }

    /// <summary>Resets <see cref="EcrSettings.InlineSessionPolicy"/>: no inline session policy.</summary>
    public static T ResetInlineSessionPolicy<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { InlineSessionPolicy = null });

    /// <summary>Sets <see cref="EcrSettings.ManagedSessionPolicies"/>: managed policy ARNs.</summary>
    public static T SetManagedSessionPolicies<T>(this T settings, params string[] policyArns)
        where T : EcrSettings => SetManagedSessionPolicies(settings, (IEnumerable<string>)policyArns);

    /// <summary>Sets <see cref="EcrSettings.ManagedSessionPolicies"/>: managed policy ARNs.</summary>
    public static T SetManagedSessionPolicies<T>(this T settings, IEnumerable<string> policyArns)
        where T : EcrSettings
    {
        var list = Entries(policyArns, "policy ARN", nameof(policyArns));
        return Copy(settings, s => s with { ManagedSessionPolicies = OrNull(list) });
    }

    /// <summary>Adds to <see cref="EcrSettings.ManagedSessionPolicies"/>.</summary>
    public static T AddManagedSessionPolicies<T>(this T settings, params string[] policyArns)
        where T : EcrSettings => AddManagedSessionPolicies(settings, (IEnumerable<string>)policyArns);

    /// <summary>Adds to <see cref="EcrSettings.ManagedSessionPolicies"/>.</summary>
    public static T AddManagedSessionPolicies<T>(this T settings, IEnumerable<string> policyArns)
        where T : EcrSettings
    {
        var list = Entries(policyArns, "policy ARN", nameof(policyArns));
        return Copy(settings, s => s with { ManagedSessionPolicies = OrNull([.. s.ManagedSessionPolicies ?? [], .. list]) });
    }

    /// <summary>Removes every occurrence of the given ARNs from <see cref="EcrSettings.ManagedSessionPolicies"/> (exact text).</summary>
    public static T RemoveManagedSessionPolicies<T>(this T settings, params string[] policyArns)
        where T : EcrSettings
    {
        var removed = Entries(policyArns, "policy ARN", nameof(policyArns)).ToHashSet(StringComparer.Ordinal);
        return Copy(settings, s => s with { ManagedSessionPolicies = OrNull([.. (s.ManagedSessionPolicies ?? []).Where(p => !removed.Contains(p))]) });
    }

    /// <summary>Clears <see cref="EcrSettings.ManagedSessionPolicies"/>: no managed session policy.</summary>
    public static T ClearManagedSessionPolicies<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { ManagedSessionPolicies = null });

    /// <summary>Sets <see cref="EcrSettings.AllowedAccountIds"/>: the 12-digit accounts the credentials may belong to.</summary>
    public static T SetAllowedAccountIds<T>(this T settings, params string[] accountIds)
        where T : EcrSettings => SetAllowedAccountIds(settings, (IEnumerable<string>)accountIds);

    /// <summary>Sets <see cref="EcrSettings.AllowedAccountIds"/>: the 12-digit accounts the credentials may belong to.</summary>
    public static T SetAllowedAccountIds<T>(this T settings, IEnumerable<string> accountIds)
        where T : EcrSettings
    {
        var list = Entries(accountIds, "account id", nameof(accountIds));
        return Copy(settings, s => s with { AllowedAccountIds = OrNull(list) });
    }

    /// <summary>Adds to <see cref="EcrSettings.AllowedAccountIds"/>.</summary>
    public static T AddAllowedAccountIds<T>(this T settings, params string[] accountIds)
        where T : EcrSettings
    {
        var list = Entries(accountIds, "account id", nameof(accountIds));
        return Copy(settings, s => s with { AllowedAccountIds = OrNull([.. s.AllowedAccountIds ?? [], .. list]) });
    }

    /// <summary>Removes every occurrence of the given ids from <see cref="EcrSettings.AllowedAccountIds"/>.</summary>
    public static T RemoveAllowedAccountIds<T>(this T settings, params string[] accountIds)
        where T : EcrSettings
    {
        var removed = Entries(accountIds, "account id", nameof(accountIds)).ToHashSet(StringComparer.Ordinal);
        return Copy(settings, s => s with { AllowedAccountIds = OrNull([.. (s.AllowedAccountIds ?? []).Where(a => !removed.Contains(a))]) });
    }

    /// <summary>Clears <see cref="EcrSettings.AllowedAccountIds"/>: credentials of every account are accepted.</summary>
    public static T ClearAllowedAccountIds<T>(this T settings)
        where T : EcrSettings => Copy(settings, s => s with { AllowedAccountIds = null });

    private static string[] Entries(IEnumerable<string> entries, string what, string parameter)
    {
        ArgumentNullException.ThrowIfNull(entries, parameter);
        var list = entries.ToArray();
        return list.Contains(null)
            ? throw new ArgumentException($"A {what} is null.", parameter)
            : list;
    }

    /// <summary>An empty list is unset: the core's default applies.</summary>
    private static string[]? OrNull(string[] list) => list.Length == 0 ? null : list;
}
