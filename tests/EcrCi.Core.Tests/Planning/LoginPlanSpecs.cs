using EcrCi.Aws;
using EcrCi.Errors;

namespace EcrCi.Tests.Planning;

public class LoginPlanSpecs
{
    private static EcrAuthOptions Options(IReadOnlyList<string> registries, params (string Name, string Value)[] variables) => new()
    {
        Registries = registries,
        EnvironmentVariables = AwsEnvironment.FromDictionary(variables.ToDictionary(v => v.Name, v => (string?)v.Value)).Get,
        Profile = "no-such-profile-in-tests",
    };

    [Fact]
    public void Registries_of_one_region_share_one_call_and_eleven_ids_need_two()
    {
        var ids = Enumerable.Range(0, 11).Select(i => $"1234567890{i:00}").ToArray();

        var plan = LoginPlan.Create(Options(ids, ("AWS_REGION", "eu-west-1")));

        Assert.Equal([10, 1], plan.Requests.Select(r => r.RegistryIds.Count));
        Assert.All(plan.Requests, r => Assert.Equal("https://api.ecr.eu-west-1.amazonaws.com/", r.Endpoint.ToString()));
    }

    [Fact]
    public void Each_distinct_region_gets_its_own_call()
    {
        var plan = LoginPlan.Create(Options([
            "111111111111.dkr.ecr.eu-west-1.amazonaws.com",
            "222222222222.dkr.ecr.eu-west-1.amazonaws.com",
            "111111111111.dkr.ecr.us-east-1.amazonaws.com",
            "public.ecr.aws"]));

        Assert.Equal(3, plan.Requests.Count);
        Assert.Contains(plan.Requests, r => r is { IsPublic: true, Region: "us-east-1" } && r.Endpoint.Host == "api.ecr-public.us-east-1.amazonaws.com");
        Assert.Contains(plan.Requests, r => r.Region == "eu-west-1" && r.RegistryIds.Count == 2);
    }

    [Fact]
    public void The_same_registry_given_twice_is_asked_for_once()
    {
        var plan = LoginPlan.Create(Options(["123456789012", "https://123456789012.dkr.ecr.eu-west-1.amazonaws.com"], ("AWS_REGION", "eu-west-1")));

        Assert.Single(plan.Registries);
        Assert.Equal(["123456789012"], plan.Requests.Single().RegistryIds);
    }

    [Theory]
    [InlineData("AWS_REGION", "eu-north-1")]
    [InlineData("AWS_DEFAULT_REGION", "eu-north-1")]
    public void An_account_id_takes_the_region_from_the_environment(string variable, string region)
    {
        var plan = LoginPlan.Create(Options(["123456789012"], (variable, region)));

        Assert.Equal($"123456789012.dkr.ecr.{region}.amazonaws.com", plan.Registries.Single().Host);
    }

    [Fact]
    public void The_environment_region_never_contradicts_a_host()
    {
        var plan = LoginPlan.Create(Options(["123456789012.dkr.ecr.eu-west-1.amazonaws.com"], ("AWS_REGION", "us-east-1")));

        Assert.Equal("eu-west-1", plan.Registries.Single().Region);
    }

    [Fact]
    public void An_explicit_region_that_contradicts_a_host_is_refused()
    {
        var options = Options(["123456789012.dkr.ecr.eu-west-1.amazonaws.com"]) with { Region = "us-east-1" };

        var error = Assert.Throws<EcrLoginException>(() => LoginPlan.Create(options));

        Assert.Contains("eu-west-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("us-east-1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AWS_ENDPOINT_URL_ECR", "http://127.0.0.1:9999/", "http://127.0.0.1:9999/")]
    [InlineData("AWS_ENDPOINT_URL", "http://127.0.0.1:9998/", "http://127.0.0.1:9998/")]
    public void Endpoint_variables_override_the_standard_endpoint(string variable, string value, string expected)
    {
        var plan = LoginPlan.Create(Options(["123456789012.dkr.ecr.eu-west-1.amazonaws.com"], (variable, value)));

        Assert.Equal(expected, plan.Requests.Single().Endpoint.ToString());
    }

    [Fact]
    public void The_ecr_variable_wins_over_the_shared_one_and_both_can_be_ignored()
    {
        var registries = new[] { "123456789012.dkr.ecr.eu-west-1.amazonaws.com" };
        var both = Options(registries, ("AWS_ENDPOINT_URL", "https://shared:1"), ("AWS_ENDPOINT_URL_ECR", "https://ecr:2"));
        var ignored = Options(registries, ("AWS_ENDPOINT_URL_ECR", "https://ecr:2"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));

        Assert.Equal("ecr", LoginPlan.Create(both).Requests.Single().Endpoint.Host);
        Assert.Equal("api.ecr.eu-west-1.amazonaws.com", LoginPlan.Create(ignored).Requests.Single().Endpoint.Host);
    }

    [Fact]
    public void Plain_http_to_a_remote_endpoint_is_allowed_only_when_asked_for()
    {
        var registries = new[] { "123456789012.dkr.ecr.eu-west-1.amazonaws.com" };
        var explicitHttp = Options(registries) with { EndpointUrl = new Uri("http://ecr.internal.example/") };
        var allowed = Options(registries, ("AWS_ENDPOINT_URL_ECR", "http://ecr.internal.example/"), ("ECR_LOGIN_ALLOW_HTTP", "true"));
        var loopback = Options(registries, ("AWS_ENDPOINT_URL_ECR", "http://localhost:4566/"));

        var refusal = Assert.Throws<EcrLoginException>(() => LoginPlan.Create(explicitHttp));
        Assert.Equal(nameof(EcrAuthOptions.EndpointUrl), refusal.Option);
        Assert.Equal("ecr.internal.example", LoginPlan.Create(allowed).Requests.Single().Endpoint.Host);
        Assert.Equal("localhost", LoginPlan.Create(loopback).Requests.Single().Endpoint.Host);
    }

    [Fact]
    public void Fips_and_dual_stack_variables_pick_those_endpoints()
    {
        var fips = LoginPlan.Create(Options(["123456789012"], ("AWS_REGION", "us-east-1"), ("AWS_USE_FIPS_ENDPOINT", "true")));
        var dual = LoginPlan.Create(Options(["123456789012"], ("AWS_REGION", "us-east-1"), ("AWS_USE_DUALSTACK_ENDPOINT", "TRUE")));

        Assert.Equal("ecr-fips.us-east-1.amazonaws.com", fips.Requests.Single().Endpoint.Host);
        Assert.Equal("123456789012.dkr.ecr-fips.us-east-1.amazonaws.com", fips.Registries.Single().Host);
        Assert.Equal("ecr.us-east-1.api.aws", dual.Requests.Single().Endpoint.Host);
    }

    [Theory]
    [InlineData("AWS_USE_FIPS_ENDPOINT", "yes", "expected true or false")]
    [InlineData("AWS_ENDPOINT_URL_ECR", "not a url", "expected an absolute https")]
    [InlineData("AWS_ENDPOINT_URL_ECR", "http://ecr.internal.example:8080", "ECR_LOGIN_ALLOW_HTTP=true")]
    [InlineData("AWS_ENDPOINT_URL", "http://10.0.0.7/", "would travel in clear")]
    [InlineData("AWS_REGION", "Europe", "expected a region name")]
    public void A_bad_variable_is_named_in_the_error(string variable, string value, string expected)
    {
        var error = Assert.Throws<EcrLoginException>(() => LoginPlan.Create(Options(["123456789012"], (variable, value), ("AWS_DEFAULT_REGION", "eu-west-1"))));

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_registry_means_the_callers_own_account_in_the_region()
    {
        var plan = LoginPlan.Create(Options([], ("AWS_REGION", "eu-west-1")));

        Assert.Empty(plan.Requests.Single().RegistryIds);
        Assert.Equal("{}", System.Text.Encoding.UTF8.GetString(plan.Requests.Single().Body()));
    }

    [Fact]
    public void Public_with_private_registries_is_refused()
    {
        var error = Assert.Throws<EcrLoginException>(() => LoginPlan.Create(Options(["123456789012"]) with { Public = true }));

        Assert.Contains("ECR Public", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_retry_settings_are_refused()
    {
        var options = Options(["public.ecr.aws"]) with { RetryAttempts = 0 };

        var error = Assert.Throws<EcrLoginException>(() => LoginPlan.Create(options));

        Assert.Contains("retry attempts is 0", error.Message, StringComparison.Ordinal);
    }
}
