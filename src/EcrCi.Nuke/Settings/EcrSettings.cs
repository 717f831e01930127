namespace EcrCi.Nuke;

/// <summary>
/// What every ECR task needs: which registries, and how to reach AWS. Settings are immutable:
/// change them with the fluent methods of <see cref="EcrSettingsExtensions"/>, which return
/// a modified copy. Unset values (null) fall back to the standard AWS environment.
/// </summary>
public abstract partial record EcrSettings
{
    private protected EcrSettings()
    {
    }

    /// <summary>Registries as 12-digit account ids, registry hosts or URLs; empty means the caller's own account (or ECR Public with <see cref="Public"/>).</summary>
    public IReadOnlyList<string> Registries { get; init; } = [];

    /// <summary>The region for registries given by account id; null reads AWS_REGION, AWS_DEFAULT_REGION, then the profile.</summary>
    public string? Region { get; init; }

    /// <summary>Log in to ECR Public (<c>public.ecr.aws</c>) instead of a private registry.</summary>
    public bool Public { get; init; }

    /// <summary>The AWS profile to take credentials (and a region) from; null uses the default credential chain.</summary>
    public string? Profile { get; init; }

    /// <summary>An IAM role to assume with a web identity token; its temporary credentials serve the ECR calls only.</summary>
    public string? RoleToAssume { get; init; }

    /// <summary>The web identity token file for <see cref="RoleToAssume"/>; null reads AWS_WEB_IDENTITY_TOKEN_FILE, else asks GitHub Actions' OIDC provider.</summary>
    public string? WebIdentityTokenFile { get; init; }

    /// <summary>The role session name; null derives one from the repository and run.</summary>
    public string? RoleSessionName { get; init; }

    /// <summary>How long the role's credentials live (15 minutes to 12 hours); null means one hour.</summary>
    public TimeSpan? RoleDuration { get; init; }

    /// <summary>Assume <see cref="RoleToAssume"/> with the credentials at hand (<c>sts:AssumeRole</c>) instead of a web identity token; null means false.</summary>
    public bool? RoleChaining { get; init; }

    /// <summary>The external id the role's trust policy requires; null sends none.</summary>
    public string? RoleExternalId { get; init; }

    /// <summary>An inline session policy (a JSON policy document) that narrows the role's permissions; null sends none.</summary>
    public string? InlineSessionPolicy { get; init; }

    /// <summary>ARNs of managed policies that narrow the role's permissions; null sends none.</summary>
    public IReadOnlyList<string>? ManagedSessionPolicies { get; init; }

    /// <summary>The 12-digit accounts the credentials may belong to; null allows every account.</summary>
    public IReadOnlyList<string>? AllowedAccountIds { get; init; }

    /// <summary>The ECR API endpoint to call instead of the standard one; null reads AWS_ENDPOINT_URL_ECR.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Use FIPS endpoints; null reads AWS_USE_FIPS_ENDPOINT.</summary>
    public bool? Fips { get; init; }

    /// <summary>Use dual-stack (IPv6) endpoints; null reads AWS_USE_DUALSTACK_ENDPOINT.</summary>
    public bool? DualStack { get; init; }

    /// <summary>The HTTP proxy for the AWS calls; null reads HTTPS_PROXY, HTTP_PROXY and NO_PROXY.</summary>
    public Uri? Proxy { get; init; }

    /// <summary>
    /// Attempts of each AWS call in all, the first included (1 to 20); a cap that holds for every
    /// error. Null reads AWS_MAX_ATTEMPTS, then the profile's <c>max_attempts</c>; unset there too,
    /// throttling is retried until <see cref="RetryDeadline"/> and other transient errors up to 5 attempts.
    /// </summary>
    public int? RetryAttempts { get; init; }

    /// <summary>AWS's retry mode; null reads AWS_RETRY_MODE, then the profile's <c>retry_mode</c>, else <see cref="EcrCi.RetryMode.Standard"/>.</summary>
    public RetryMode? RetryMode { get; init; }

    /// <summary>How long one token call may take; null means 15 seconds.</summary>
    public TimeSpan? AttemptTimeout { get; init; }

    /// <summary>How long all attempts of a token call may take together; null means 60 seconds (or the attempt timeout, if longer).</summary>
    public TimeSpan? RetryDeadline { get; init; }

    /// <summary>The settings that are set, as a task would show them: secrets (a proxy's user and password) as <c>[REDACTED]</c>.</summary>
    public sealed override string ToString()
    {
        var parts = new List<string>();
        Describe(parts);
        return $"{GetType().Name} {{ {string.Join(", ", parts)} }}";
    }

    /// <summary>Adds <c>Name = value</c> for every setting that is set.</summary>
    private protected virtual void Describe(List<string> parts)
    {
        SettingsText.Add(parts, nameof(Registries), Registries.Count == 0 ? null : $"[{string.Join(", ", Registries)}]");
        SettingsText.Add(parts, nameof(Region), Region);
        SettingsText.Add(parts, nameof(Public), Public ? "true" : null);
        SettingsText.Add(parts, nameof(Profile), Profile);
        SettingsText.Add(parts, nameof(RoleToAssume), RoleToAssume);
        SettingsText.Add(parts, nameof(WebIdentityTokenFile), WebIdentityTokenFile);
        SettingsText.Add(parts, nameof(RoleSessionName), RoleSessionName);
        SettingsText.Add(parts, nameof(RoleDuration), SettingsText.Of(RoleDuration));
        SettingsText.Add(parts, nameof(RoleChaining), SettingsText.Of(RoleChaining));
        SettingsText.Add(parts, nameof(RoleExternalId), RoleExternalId);
        SettingsText.Add(parts, nameof(InlineSessionPolicy), InlineSessionPolicy);
        SettingsText.Add(parts, nameof(ManagedSessionPolicies), SettingsText.Of(ManagedSessionPolicies));
        SettingsText.Add(parts, nameof(AllowedAccountIds), SettingsText.Of(AllowedAccountIds));
        SettingsText.Add(parts, nameof(EndpointUrl), SettingsText.Of(EndpointUrl));
        SettingsText.Add(parts, nameof(Fips), SettingsText.Of(Fips));
        SettingsText.Add(parts, nameof(DualStack), SettingsText.Of(DualStack));
        SettingsText.Add(parts, nameof(Proxy), SettingsText.Of(Proxy));
        SettingsText.Add(parts, nameof(RetryAttempts), RetryAttempts?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SettingsText.Add(parts, nameof(RetryMode), SettingsText.Of(RetryMode));
        SettingsText.Add(parts, nameof(AttemptTimeout), SettingsText.Of(AttemptTimeout));
        SettingsText.Add(parts, nameof(RetryDeadline), SettingsText.Of(RetryDeadline));
    }
}
