using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi.Tests.Registries;

public class EcrEndpointsSpecs
{
    [Theory]
    [InlineData("eu-west-1", false, false, "https://api.ecr.eu-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", false, false, "https://api.ecr.cn-north-1.amazonaws.com.cn/")]
    [InlineData("us-gov-west-1", false, false, "https://api.ecr.us-gov-west-1.amazonaws.com/")]
    [InlineData("us-east-1", true, false, "https://ecr-fips.us-east-1.amazonaws.com/")]
    [InlineData("us-east-1", false, true, "https://ecr.us-east-1.api.aws/")]
    [InlineData("us-iso-east-1", false, false, "https://api.ecr.us-iso-east-1.c2s.ic.gov/")]
    [InlineData("us-isob-east-1", false, false, "https://api.ecr.us-isob-east-1.sc2s.sgov.gov/")]
    [InlineData("eu-isoe-west-1", false, false, "https://api.ecr.eu-isoe-west-1.cloud.adc-e.uk/")]
    [InlineData("us-isof-south-1", false, false, "https://api.ecr.us-isof-south-1.csp.hci.ic.gov/")]
    [InlineData("eusc-de-east-1", false, false, "https://api.ecr.eusc-de-east-1.amazonaws.eu/")]
    public void The_private_api_endpoint_follows_region_and_partition(string region, bool fips, bool dualStack, string expected)
    {
        Assert.Equal(expected, EcrEndpoints.PrivateApi(region, fips, dualStack).ToString());
    }

    [Fact]
    public void The_public_api_is_always_in_us_east_1()
    {
        Assert.Equal("https://api.ecr-public.us-east-1.amazonaws.com/", EcrEndpoints.PublicApi().ToString());
        Assert.Equal("https://ecr-public.us-east-1.api.aws/", EcrEndpoints.PublicApi(dualStack: true).ToString());
    }

    [Fact]
    public void Dual_stack_in_a_partition_without_it_is_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() => EcrEndpoints.PrivateApi("us-iso-east-1", dualStack: true));

        Assert.Contains("AWS_USE_DUALSTACK_ENDPOINT", error.Message, StringComparison.Ordinal);
    }
}
