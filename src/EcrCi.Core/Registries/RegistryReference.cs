namespace EcrCi.Registries;

/// <summary>
/// A registry as the user named it: an account id, a registry host or a URL, already
/// checked. The host decides account, region, partition, FIPS and dual-stack; an account
/// id alone takes its region from the AWS context.
/// </summary>
/// <param name="Input">What the user wrote.</param>
/// <param name="AccountId">The 12-digit account id, or null for ECR Public.</param>
/// <param name="Region">The region the host names, or null when only an account id was given.</param>
/// <param name="Fips">True when the host is a FIPS registry host.</param>
/// <param name="DualStack">True when the host is a dual-stack registry host.</param>
/// <param name="IsPublic">True for ECR Public (<c>public.ecr.aws</c>).</param>
internal sealed partial record RegistryReference(string Input, string? AccountId, string? Region, bool Fips, bool DualStack, bool IsPublic)
{
    /// <summary>ECR Public's registry.</summary>
    public static RegistryReference Public { get; } = new(EcrEndpoints.PublicRegistryHost, null, EcrEndpoints.PublicRegion, false, false, true);

    /// <summary>The partition of the host, or null when the region is not known yet.</summary>
    public EcrPartition? Partition => Region is null ? null : EcrPartition.ForRegion(Region);

    /// <summary>Parses an account id, a registry host or a URL; throws an actionable error for anything else.</summary>
    /// <exception cref="Errors.EcrLoginException">The input is not an ECR registry.</exception>
    public static RegistryReference Parse(string input) => RegistryParser.Parse(input);

    /// <summary>Completes the reference with a region, refusing one that contradicts the host.</summary>
    /// <exception cref="Errors.EcrLoginException">The region is not valid or contradicts the host.</exception>
    public ResolvedRegistry Resolve(string? region, bool fips = false, bool dualStack = false)
    {
        if (IsPublic)
        {
            return new ResolvedRegistry(this, EcrEndpoints.PublicRegion, DualStack ? EcrEndpoints.PublicDualStackRegistryHost : EcrEndpoints.PublicRegistryHost, Fips, DualStack);
        }

        if (region is not null)
        {
            RegionName.Validate(region);
        }

        if (Region is not null && region is not null && !string.Equals(Region, region, StringComparison.Ordinal))
        {
            throw Errors.EcrLoginException.Input(nameof(EcrAuthOptions.Region),
                $"The registry '{Input}' is in region {Region} but the region {region} was requested: remove the region option or name a registry of {region}.");
        }

        var effective = Region ?? region ?? throw Errors.EcrLoginException.Input(nameof(EcrAuthOptions.Region),
            $"No AWS region for registry '{Input}': pass a region, name the registry by its host (123456789012.dkr.ecr.eu-west-1.amazonaws.com), or set AWS_REGION or AWS_DEFAULT_REGION.");
        var useFips = Region is null ? fips : Fips;
        var useDualStack = Region is null ? dualStack : DualStack;
        var host = EcrEndpoints.PrivateRegistryHost(AccountId!, effective, useFips, useDualStack);
        return new ResolvedRegistry(this, effective, host, useFips, useDualStack);
    }

    /// <inheritdoc />
    public override string ToString() => Input;
}

/// <summary>A registry with everything known: region, host, endpoint flags.</summary>
/// <param name="Reference">The registry as the user named it.</param>
/// <param name="Region">The region whose API issues its token.</param>
/// <param name="Host">The registry host to log in to.</param>
/// <param name="Fips">True for FIPS endpoints.</param>
/// <param name="DualStack">True for dual-stack endpoints.</param>
internal sealed record ResolvedRegistry(RegistryReference Reference, string Region, string Host, bool Fips, bool DualStack)
{
    /// <summary>The 12-digit account id, or null for ECR Public.</summary>
    public string? AccountId => Reference.AccountId;

    /// <summary>True for ECR Public.</summary>
    public bool IsPublic => Reference.IsPublic;

    /// <summary>The partition of <see cref="Region"/>.</summary>
    public EcrPartition Partition => EcrPartition.ForRegion(Region);
}
