using System.Reflection;
using EcrCi.Action.Inputs;
using EcrCi.Action.Steps;
using EcrCi.Action.Tests.Simulation;

namespace EcrCi.Action.Tests.Specs;

public class ManifestSpecs
{
    private static readonly ActionManifest Manifest = ActionManifest.Repository;

    private static IEnumerable<string> Constants(Type type, Func<string, bool>? keep = null) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && (keep?.Invoke(f.Name) ?? true))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void It_is_a_docker_action_on_a_prebuilt_image_with_a_main_and_an_always_run_post_entrypoint()
    {
        Assert.Equal("docker", Manifest.Runs["using"]);
        Assert.StartsWith("docker://", Manifest.Runs["image"], StringComparison.Ordinal);
        Assert.Equal(StepRunner.Entrypoint, Manifest.Runs["entrypoint"]);
        Assert.Equal(StepRunner.PostEntrypoint, Manifest.Runs["post-entrypoint"]);
        Assert.Equal(StepRunner.Entrypoint + ActionProgram.PostSuffix, Manifest.Runs["post-entrypoint"]);
        Assert.Equal("always()", Manifest.Runs["post-if"]);
        Assert.False(Manifest.Runs.ContainsKey("args"));
        var branding = ActionManifest.Mapping(Manifest.Root, "branding");
        Assert.False(string.IsNullOrEmpty(ActionManifest.Optional(branding, "icon")));
        Assert.False(string.IsNullOrEmpty(ActionManifest.Optional(branding, "color")));
    }

    [Fact]
    public void It_declares_and_documents_exactly_the_inputs_the_program_reads()
    {
        Assert.Equal(Constants(typeof(InputNames)).Order(), Manifest.Inputs.Select(i => i.Name).Order());
        Assert.All(Manifest.Inputs, input => Assert.True(input.Description.Length > 20, $"{input.Name} is not documented"));
        Assert.All(Manifest.Inputs, input => Assert.False(input.Required, $"{input.Name} must be optional, as in amazon-ecr-login"));
    }

    [Fact]
    public void Its_inputs_are_a_superset_of_amazon_ecr_login_v2_with_the_same_defaults()
    {
        var defaults = Manifest.Inputs.ToDictionary(i => i.Name, i => i.Default);

        Assert.Equal(string.Empty, defaults["registries"]);
        Assert.Equal("private", defaults["registry-type"]);
        Assert.Equal("true", defaults["mask-password"]);
        Assert.Equal("false", defaults["skip-logout"]);
        Assert.Equal(string.Empty, defaults["http-proxy"]);
        Assert.Equal("false", defaults["export-docker-config"]);
        // The core decides these defaults (and AWS_MAX_ATTEMPTS or the profile may): the manifest must not hide them.
        Assert.Equal(string.Empty, defaults["retry-attempts"]);
        Assert.Equal(string.Empty, defaults["attempt-timeout-seconds"]);
        Assert.Equal(string.Empty, defaults["timeout-seconds"]);
    }

    [Fact]
    public void Its_role_inputs_and_outputs_are_named_and_defaulted_as_configure_aws_credentials_names_them()
    {
        var defaults = Manifest.Inputs.ToDictionary(i => i.Name, i => i.Default);

        Assert.Equal(string.Empty, defaults["role-to-assume"]);
        Assert.Equal(string.Empty, defaults["role-session-name"]);
        Assert.Equal(string.Empty, defaults["role-duration-seconds"]);
        Assert.Equal(string.Empty, defaults["audience"]);
        Assert.Equal("false", defaults["output-credentials"]);
        Assert.Equal(string.Empty, defaults["aws-region"]);
        Assert.Equal(string.Empty, defaults["region"]);
        Assert.Superset(new HashSet<string> { "aws-access-key-id", "aws-secret-access-key", "aws-session-token", "aws-expiration" }, Manifest.Outputs.Keys.ToHashSet());
        Assert.Contains("id-token: write", Manifest.Inputs.Single(i => i.Name == "role-to-assume").Description, StringComparison.Ordinal);
    }

    [Fact]
    public void It_declares_and_documents_every_fixed_output_and_names_the_per_registry_ones()
    {
        var fixedOutputs = Constants(typeof(OutputNames), name => !name.StartsWith("State", StringComparison.Ordinal));

        Assert.Equal(fixedOutputs.Order(), Manifest.Outputs.Keys.Order());
        Assert.All(Manifest.Outputs, output => Assert.True(output.Value.Length > 20, $"{output.Key} is not documented"));
        var text = File.ReadAllText(Repository.PathOf("action.yml"));
        Assert.Contains("docker_username_<host>", text, StringComparison.Ordinal);
        Assert.Contains("docker_password_<host>", text, StringComparison.Ordinal);
    }
}
