using System.ComponentModel;
using EcrCi.Clients;
using EcrCi.Errors;

namespace EcrCi.Nuke.Tests;

public class ContainerClientSpecs
{
    [Theory]
    [InlineData("docker", ContainerClientKind.Docker)]
    [InlineData("Podman", ContainerClientKind.Podman)]
    [InlineData(" NERDCTL ", ContainerClientKind.Nerdctl)]
    [InlineData("finch", ContainerClientKind.Finch)]
    public void Each_client_maps_onto_the_core_kind_and_back(string name, ContainerClientKind kind)
    {
        var client = ContainerClient.Parse(name);

        Assert.Equal(kind, client.Kind);
        Assert.Same(client, ContainerClient.FromKind(kind));
        Assert.Equal(kind.ExecutableName(), client.ToString());
        Assert.Equal(kind.ExecutableName(), (string)client);
    }

    [Fact]
    public void The_named_clients_are_the_four_the_core_supports()
    {
        Assert.Equal(
            [ContainerClientKind.Docker, ContainerClientKind.Podman, ContainerClientKind.Nerdctl, ContainerClientKind.Finch],
            new[] { ContainerClient.Docker, ContainerClient.Podman, ContainerClient.Nerdctl, ContainerClient.Finch }.Select(c => c.Kind));
        Assert.Equal(Enum.GetValues<ContainerClientKind>(), Enum.GetValues<ContainerClientKind>().Select(k => ContainerClient.FromKind(k).Kind));
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
