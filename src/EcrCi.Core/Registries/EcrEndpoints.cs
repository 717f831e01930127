namespace EcrCi.Registries;

/// <summary>Builds ECR API endpoints and registry hosts for a region and partition.</summary>
internal static class EcrEndpoints
{
    /// <summary>The registry host of ECR Public.</summary>
    public const string PublicRegistryHost = "public.ecr.aws";

    /// <summary>The dual-stack registry host of ECR Public.</summary>
    public const string PublicDualStackRegistryHost = "ecr-public.aws.com";

    /// <summary>The only region that serves the ECR Public token API.</summary>
    public const string PublicRegion = "us-east-1";

    /// <summary>The private ECR API endpoint of a region (<c>https://api.ecr.eu-west-1.amazonaws.com</c>).</summary>
    public static Uri PrivateApi(string region, bool fips = false, bool dualStack = false)
    {
        var partition = EcrPartition.ForRegion(region);
        var prefix = fips ? "ecr-fips" : dualStack ? "ecr" : "api.ecr";
        var suffix = dualStack ? partition.DualStackApiSuffix ?? throw NoDualStack(partition) : partition.DnsSuffix;
        return new Uri($"https://{prefix}.{region}.{suffix}");
    }

    /// <summary>The ECR Public API endpoint (always in us-east-1).</summary>
    public static Uri PublicApi(bool dualStack = false) =>
        new(dualStack ? $"https://ecr-public.{PublicRegion}.api.aws" : $"https://api.ecr-public.{PublicRegion}.amazonaws.com");

    /// <summary>The registry host of an account in a region (<c>123456789012.dkr.ecr.eu-west-1.amazonaws.com</c>).</summary>
    public static string PrivateRegistryHost(string accountId, string region, bool fips = false, bool dualStack = false)
    {
        var partition = EcrPartition.ForRegion(region);
        if (dualStack)
        {
            var suffix = partition.DualStackRegistrySuffix ?? throw NoDualStack(partition);
            return $"{accountId}.dkr-ecr{(fips ? "-fips" : string.Empty)}.{region}.{suffix}";
        }

        return $"{accountId}.dkr.ecr{(fips ? "-fips" : string.Empty)}.{region}.{partition.DnsSuffix}";
    }

    private static Errors.EcrLoginException NoDualStack(EcrPartition partition) =>
        Errors.EcrLoginException.Input(nameof(EcrAuthOptions.UseDualStack),
            $"The {partition.Name} partition has no dual-stack ECR endpoints: unset AWS_USE_DUALSTACK_ENDPOINT or the dual-stack option.");
}
