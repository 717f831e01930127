using EcrCi.Aws;
using EcrCi.Errors;

namespace EcrCi.Tests.Planning;

/// <summary>Endpoints, FIPS and dual-stack from the profile, in the order the AWS SDKs document: option, service variable, AWS_ENDPOINT_URL, services section, endpoint_url.</summary>
public sealed class ProfileEndpointSpecs : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("ecr-login-endpoints-");

    public void Dispose() => folder.Delete(recursive: true);

    private EcrAuthOptions Options(string config, bool isPublic = false, params (string Name, string Value)[] variables)
    {
        var path = Path.Combine(folder.FullName, "config");
        File.WriteAllText(path, config);
        var environment = new Dictionary<string, string?>
        {
            ["AWS_CONFIG_FILE"] = path,
            ["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(folder.FullName, "credentials"),
            ["AWS_PROFILE"] = "ci",
            ["AWS_REGION"] = "eu-west-1",
        };
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return new EcrAuthOptions
        {
            Registries = isPublic ? [] : ["123456789012"],
            Public = isPublic,
            EnvironmentVariables = AwsEnvironment.FromDictionary(environment).Get,
        };
    }

    private const string Services = """
        [profile ci]
        services = local
        endpoint_url = https://shared.example.test/

        [services local]
        ecr =
          endpoint_url = https://ecr.example.test/
        sts =
          endpoint_url = https://sts.example.test/
        """;

    [Fact]
    public void The_services_section_names_the_ecr_and_sts_endpoints()
    {
        var plan = LoginPlan.Create(Options(Services));

        Assert.Equal("ecr.example.test", plan.Requests.Single().Endpoint.Host);
        Assert.Equal("sts.example.test", plan.Settings.Endpoints.StsOverride?.Host);
    }

    [Fact]
    public void A_service_without_an_entry_takes_the_profiles_endpoint_url()
    {
        var plan = LoginPlan.Create(Options(Services, isPublic: true));

        Assert.Equal("shared.example.test", plan.Requests.Single().Endpoint.Host);
    }

    [Fact]
    public void The_environment_wins_over_the_profile()
    {
        var service = LoginPlan.Create(Options(Services, false, ("AWS_ENDPOINT_URL_ECR", "https://from-variable.example.test/")));
        var global = LoginPlan.Create(Options(Services, false, ("AWS_ENDPOINT_URL", "https://global.example.test/")));

        Assert.Equal("from-variable.example.test", service.Requests.Single().Endpoint.Host);
        Assert.Equal("global.example.test", global.Requests.Single().Endpoint.Host);
        Assert.Equal("global.example.test", global.Settings.Endpoints.StsOverride?.Host);
    }

    [Fact]
    public void Ignore_configured_endpoint_urls_in_the_profile_drops_every_configured_endpoint()
    {
        var plan = LoginPlan.Create(Options(Services + "\n[profile ci]\nignore_configured_endpoint_urls = true\n", false, ("AWS_ENDPOINT_URL", "https://global.example.test/")));

        Assert.Equal("api.ecr.eu-west-1.amazonaws.com", plan.Requests.Single().Endpoint.Host);
        Assert.Null(plan.Settings.Endpoints.StsOverride);
    }

    [Fact]
    public void Fips_and_dual_stack_come_from_the_profile_unless_a_variable_says_otherwise()
    {
        var config = "[profile ci]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\n";

        var fromProfile = LoginPlan.Create(Options(config, false, ("AWS_REGION", "us-east-1")));
        var overridden = LoginPlan.Create(Options(config, false, ("AWS_REGION", "us-east-1"), ("AWS_USE_FIPS_ENDPOINT", "false"), ("AWS_USE_DUALSTACK_ENDPOINT", "false")));

        Assert.Equal("ecr-fips.us-east-1.api.aws", fromProfile.Requests.Single().Endpoint.Host);
        Assert.Equal("api.ecr.us-east-1.amazonaws.com", overridden.Requests.Single().Endpoint.Host);
    }

    [Fact]
    public void A_plain_http_endpoint_in_the_profile_is_refused_naming_where_it_was_found()
    {
        var error = Assert.Throws<EcrLoginException>(() => LoginPlan.Create(Options("[profile ci]\nendpoint_url = http://10.0.0.7/\n")));

        Assert.Contains("the endpoint_url of profile 'ci'", error.Message, StringComparison.Ordinal);
        Assert.Contains("would travel in clear", error.Message, StringComparison.Ordinal);
    }
}
