using EcrCi.Action.Inputs;

using static EcrCi.Action.Tests.Fixtures.InputsOnly;

namespace EcrCi.Action.Tests.Specs;

/// <summary>Where amazon-ecr-login is lenient, the drop-in is too, and says so.</summary>
public class DropInSpecs
{
    [Fact]
    public void Registries_with_registry_type_public_are_ignored_with_a_warning_as_amazon_ecr_login_ignores_them()
    {
        var inputs = ActionInputs.Parse(With(("registry-type", "public"), ("registries", "111111111111,222222222222")));

        Assert.True(inputs.Options.Public);
        Assert.Empty(inputs.Options.Registries);
        var warning = Assert.Single(inputs.Warnings);
        Assert.Contains("The input 'registries' is ignored with 'registry-type: public'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Registries_with_registry_type_private_give_no_warning()
    {
        var inputs = ActionInputs.Parse(With(("registry-type", "private"), ("registries", "111111111111")));

        Assert.Empty(inputs.Warnings);
        Assert.Equal(["111111111111"], inputs.Options.Registries);
    }
}
