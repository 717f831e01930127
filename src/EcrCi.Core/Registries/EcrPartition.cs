namespace EcrCi.Registries;

/// <summary>An AWS partition: its name and the DNS suffixes of its ECR endpoints.</summary>
/// <param name="Name">The partition id (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>, ...).</param>
/// <param name="DnsSuffix">The suffix of API and registry hosts (<c>amazonaws.com</c>).</param>
/// <param name="DualStackApiSuffix">The suffix of dual-stack API hosts, or null where the partition has none.</param>
/// <param name="DualStackRegistrySuffix">The suffix of dual-stack registry hosts, or null where the partition has none.</param>
internal sealed record EcrPartition(string Name, string DnsSuffix, string? DualStackApiSuffix, string? DualStackRegistrySuffix)
{
    /// <summary>The commercial partition.</summary>
    public static EcrPartition Aws { get; } = new("aws", "amazonaws.com", "api.aws", "on.aws");

    /// <summary>China (Beijing, Ningxia).</summary>
    public static EcrPartition China { get; } = new("aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", "on.amazonwebservices.com.cn");

    /// <summary>AWS GovCloud (US).</summary>
    public static EcrPartition GovCloud { get; } = new("aws-us-gov", "amazonaws.com", "api.aws", "on.aws");

    /// <summary>US ISO East/West (C2S).</summary>
    public static EcrPartition Iso { get; } = new("aws-iso", "c2s.ic.gov", null, null);

    /// <summary>US ISOB (SC2S).</summary>
    public static EcrPartition IsoB { get; } = new("aws-iso-b", "sc2s.sgov.gov", null, null);

    /// <summary>EU ISOE.</summary>
    public static EcrPartition IsoE { get; } = new("aws-iso-e", "cloud.adc-e.uk", null, null);

    /// <summary>US ISOF.</summary>
    public static EcrPartition IsoF { get; } = new("aws-iso-f", "csp.hci.ic.gov", null, null);

    /// <summary>AWS European Sovereign Cloud.</summary>
    public static EcrPartition EuropeanSovereignCloud { get; } = new("aws-eusc", "amazonaws.eu", null, null);

    /// <summary>The partition a region belongs to, from its name (<c>cn-north-1</c> is China, and so on).</summary>
    public static EcrPartition ForRegion(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region switch
        {
            _ when region.StartsWith("cn-", StringComparison.Ordinal) => China,
            _ when region.StartsWith("us-gov-", StringComparison.Ordinal) => GovCloud,
            _ when region.StartsWith("us-isob-", StringComparison.Ordinal) => IsoB,
            _ when region.StartsWith("us-isof-", StringComparison.Ordinal) => IsoF,
            _ when region.StartsWith("us-iso-", StringComparison.Ordinal) => Iso,
            _ when region.StartsWith("eu-isoe-", StringComparison.Ordinal) => IsoE,
            _ when region.StartsWith("eusc-", StringComparison.Ordinal) => EuropeanSovereignCloud,
            _ => Aws,
        };
    }
}
