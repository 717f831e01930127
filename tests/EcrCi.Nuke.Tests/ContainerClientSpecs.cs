using System.ComponentModel;
using EcrCi.Errors;

namespace EcrCi.Nuke.Tests;

public class ContainerClientSpecs
{
    [Theory]
    [InlineData("docker", "docker")]
    [InlineData("Podman", "podman")]
    [InlineData(" NERDCTL ", "nerdctl")]
    [InlineData("finch", "finch")]
    public void Each_client_parses_in_any_casing_to_its_executable_name(string name, string executable)
    {
        var client = ContainerClient.Parse(name);

        Assert.Equal(executable, client.Value);
        Assert.Equal(executable, client.ToString());
        Assert.Equal(executable, (string)client);
    }

    [Fact]
    public void The_named_clients_are_exactly_the_ones_the_core_accepts()
    {
        ContainerClient[] named = [ContainerClient.Docker, ContainerClient.Podman, ContainerClient.Nerdctl, ContainerClient.Finch];

        Assert.All(named, client => EcrAuth.ResolveRegistryHosts(new EcrAuthOptions { Registries = ["123456789012.dkr.ecr.eu-west-1.amazonaws.com"], ContainerClient = client.Value }));
        var refused = Assert.Throws<EcrLoginException>(() => EcrAuth.ResolveRegistryHosts(new EcrAuthOptions { Registries = ["123456789012.dkr.ecr.eu-west-1.amazonaws.com"], ContainerClient = "rkt" }));
        Assert.Equal(nameof(EcrAuthOptions.ContainerClient), refused.Option);
    }

    [Fact]
    public void An_unknown_client_name_fails_with_the_supported_names()
    {
        var error = Assert.Throws<EcrLoginException>(() => ContainerClient.Parse("rkt"));

        Assert.Equal(EcrErrorKind.InvalidInput, error.Kind);
        Assert.Contains("expected docker, podman, nerdctl or finch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_parameter_converts_from_text_through_the_type_converter()
    {
        var converter = TypeDescriptor.GetConverter(typeof(ContainerClient));

        Assert.True(converter.CanConvertFrom(typeof(string)));
        Assert.Same(ContainerClient.Podman, converter.ConvertFromInvariantString("podman"));
    }
}
