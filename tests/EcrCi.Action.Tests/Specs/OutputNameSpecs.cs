using EcrCi.Action.Steps;

namespace EcrCi.Action.Tests.Specs;

public class OutputNameSpecs
{
    [Theory]
    [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com", "123456789012_dkr_ecr_us_east_1_amazonaws_com")]
    [InlineData("public.ecr.aws", "public_ecr_aws")]
    [InlineData("127.0.0.1:5000", "127_0_0_1_5000")]
    [InlineData("a.-:b__c", "a_b__c")]
    public void Credential_outputs_are_named_after_the_host_as_amazon_ecr_login_names_them(string host, string suffix)
    {
        Assert.Equal("docker_username_" + suffix, OutputNames.Username(host));
        Assert.Equal("docker_password_" + suffix, OutputNames.Password(host));
    }

    [Fact]
    public void Timestamps_are_iso_8601_in_utc_to_the_second()
    {
        var time = new DateTimeOffset(2025, 1, 31, 23, 59, 59, 900, TimeSpan.FromHours(2));

        Assert.Equal("2025-01-31T21:59:59Z", LoginReport.Timestamp(time));
    }
}
