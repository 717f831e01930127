using EcrCi.Errors;
using EcrCi.Registries;

namespace EcrCi.Tests.Registries;

public class RegistryParsingSpecs
{
    [Theory]
    [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com", "eu-west-1", "aws", false, false)]
    [InlineData("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn", "cn-north-1", "aws-cn", false, false)]
    [InlineData("123456789012.dkr.ecr.us-gov-west-1.amazonaws.com", "us-gov-west-1", "aws-us-gov", false, false)]
    [InlineData("123456789012.dkr.ecr-fips.us-east-1.amazonaws.com", "us-east-1", "aws", true, false)]
    [InlineData("123456789012.dkr.ecr-fips.us-gov-east-1.amazonaws.com", "us-gov-east-1", "aws-us-gov", true, false)]
    [InlineData("123456789012.dkr-ecr.eu-central-1.on.aws", "eu-central-1", "aws", false, true)]
    [InlineData("123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov", "us-iso-east-1", "aws-iso", false, false)]
    [InlineData("123456789012.dkr.ecr.us-isob-east-1.sc2s.sgov.gov", "us-isob-east-1", "aws-iso-b", false, false)]
    [InlineData("123456789012.dkr.ecr.eu-isoe-west-1.cloud.adc-e.uk", "eu-isoe-west-1", "aws-iso-e", false, false)]
    [InlineData("123456789012.dkr.ecr.us-isof-south-1.csp.hci.ic.gov", "us-isof-south-1", "aws-iso-f", false, false)]
    [InlineData("123456789012.dkr.ecr.eusc-de-east-1.amazonaws.eu", "eusc-de-east-1", "aws-eusc", false, false)]
    public void A_registry_host_decides_account_region_partition_and_flags(string host, string region, string partition, bool fips, bool dualStack)
    {
        var reference = RegistryReference.Parse(host);

        Assert.Equal("123456789012", reference.AccountId);
        Assert.Equal(region, reference.Region);
        Assert.Equal(partition, reference.Partition!.Name);
        Assert.Equal(fips, reference.Fips);
        Assert.Equal(dualStack, reference.DualStack);
        Assert.False(reference.IsPublic);
        Assert.Equal(host, reference.Resolve(null).Host);
    }

    [Theory]
    [InlineData("https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/my/repo:tag")]
    [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-repo")]
    [InlineData("  HTTPS://123456789012.DKR.ECR.EU-WEST-1.AMAZONAWS.COM:443/  ")]
    public void A_url_or_image_reference_is_reduced_to_its_host(string input)
    {
        var reference = RegistryReference.Parse(input);

        Assert.Equal("123456789012.dkr.ecr.eu-west-1.amazonaws.com", reference.Resolve(null).Host);
    }

    [Theory]
    [InlineData("public.ecr.aws", "public.ecr.aws")]
    [InlineData("https://public.ecr.aws/nginx/nginx", "public.ecr.aws")]
    [InlineData("ecr-public.aws.com", "ecr-public.aws.com")]
    public void The_public_registry_is_recognised(string input, string host)
    {
        var reference = RegistryReference.Parse(input);

        Assert.True(reference.IsPublic);
        Assert.Null(reference.AccountId);
        Assert.Equal(host, reference.Resolve("eu-west-1").Host);
    }

    [Fact]
    public void An_account_id_takes_its_region_from_the_context()
    {
        var reference = RegistryReference.Parse("012345678901");

        Assert.Null(reference.Region);
        Assert.Equal("012345678901.dkr.ecr.ap-southeast-2.amazonaws.com", reference.Resolve("ap-southeast-2").Host);
        Assert.Equal("012345678901.dkr.ecr-fips.us-east-1.amazonaws.com", reference.Resolve("us-east-1", fips: true).Host);
        Assert.Equal("012345678901.dkr-ecr.us-east-1.on.aws", reference.Resolve("us-east-1", dualStack: true).Host);
        Assert.Equal("012345678901.dkr.ecr.cn-northwest-1.amazonaws.com.cn", reference.Resolve("cn-northwest-1").Host);
    }

    [Fact]
    public void An_eleven_digit_id_hints_at_a_leading_zero_lost_in_yaml()
    {
        var error = Assert.Throws<EcrLoginException>(() => RegistryReference.Parse("12345678901"));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains("exactly 12 digits", error.Message, StringComparison.Ordinal);
        Assert.Contains("leading zero", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234567890123", "exactly 12 digits")]
    [InlineData("ghcr.io", "is not an Amazon ECR registry")]
    [InlineData("registry.example.com:5000", "no port")]
    [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com.cn", "does not belong to")]
    [InlineData("123456789012.dkr.ecr.cn-north-1.amazonaws.com", "does not belong to")]
    [InlineData("12345.dkr.ecr.eu-west-1.amazonaws.com", "exactly 12 digits")]
    [InlineData("", "empty registry")]
    public void Anything_else_is_refused_with_what_is_expected(string input, string problem)
    {
        var error = Assert.Throws<EcrLoginException>(() => RegistryReference.Parse(input));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_that_contradicts_the_host_names_both()
    {
        var reference = RegistryReference.Parse("123456789012.dkr.ecr.eu-west-1.amazonaws.com");

        var error = Assert.Throws<EcrLoginException>(() => reference.Resolve("us-east-1"));

        Assert.Contains("eu-west-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("us-east-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_id_without_any_region_asks_for_one()
    {
        var error = Assert.Throws<EcrLoginException>(() => RegistryReference.Parse("123456789012").Resolve(null));

        Assert.Contains("AWS_REGION", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EU-WEST-1")]
    [InlineData("eu_west_1")]
    [InlineData("westeurope")]
    public void A_malformed_region_is_refused(string region)
    {
        var error = Assert.Throws<EcrLoginException>(() => RegistryReference.Parse("123456789012").Resolve(region));

        Assert.Contains("is not an AWS region", error.Message, StringComparison.Ordinal);
    }
}
