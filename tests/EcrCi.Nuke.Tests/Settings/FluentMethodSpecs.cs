using System.Reflection;

namespace EcrCi.Nuke.Tests.Settings;

public class FluentMethodSpecs
{
    [Theory]
    [MemberData(nameof(FluentCases.Names), MemberType = typeof(FluentCases))]
    public void Each_fluent_method_returns_a_changed_copy_and_leaves_the_original_unchanged(string method)
    {
        var fluent = FluentCases.All[method];
        var before = FluentCase.Snapshot(fluent.Start);
        var previous = fluent.Read(fluent.Start);

        var changed = fluent.Call(fluent.Start);

        Assert.NotSame(fluent.Start, changed);
        Assert.Equal(fluent.Expected, fluent.Read(changed));
        Assert.Equal(previous, fluent.Read(fluent.Start));
        Assert.Equal(before, FluentCase.Snapshot(fluent.Start));
    }

    [Fact]
    public void Every_public_fluent_method_is_covered_and_named_the_nuke_way()
    {
        var methods = typeof(EcrSettingsExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(EcrLoginSettingsExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static))
            .ToList();
        var covered = FluentCases.All.Keys.Select(k => k.Split('(')[0]).ToHashSet();

        Assert.NotEmpty(methods);
        var uncovered = methods.Select(m => m.Name).Distinct().Where(name => !covered.Contains(name)).ToList();
        Assert.True(uncovered.Count == 0, $"fluent methods without a case: {string.Join(", ", uncovered)}");
        Assert.All(methods, m => Assert.Matches("^(Set|Reset|Add|Remove|Clear|Enable|Disable|Toggle|When$)", m.Name));
    }

    [Fact]
    public void Shared_fluent_methods_keep_the_settings_type_of_each_task()
    {
        EcrGetAuthorizationTokenSettings token = new EcrGetAuthorizationTokenSettings().SetRegistries("111111111111").SetRegion("eu-west-1").EnableFips();
        EcrGetLoginPasswordSettings password = new EcrGetLoginPasswordSettings().SetPublic(true).SetRetryAttempts(2);
        EcrLoginSettings login = new EcrLoginSettings().SetRegion("eu-west-1").SetContainerClient(ContainerClient.Podman).ToggleDualStack();

        Assert.Equal(["111111111111"], token.Registries);
        Assert.True(token.Fips);
        Assert.True(password.Public);
        Assert.Equal(ContainerClient.Podman, login.ContainerClient);
        Assert.True(login.DualStack);
    }

    [Fact]
    public void A_chain_of_calls_builds_up_the_settings_step_by_step()
    {
        var start = new EcrLoginSettings();

        var settings = start
            .SetRegistries("111111111111")
            .AddRegistries("222222222222", "333333333333")
            .RemoveRegistries("222222222222")
            .SetRegion("eu-west-1")
            .SetContainerClient(ContainerClient.Docker)
            .SetLoginTimeout(TimeSpan.FromSeconds(30));

        Assert.Equal(["111111111111", "333333333333"], settings.Registries);
        Assert.Equal("eu-west-1", settings.Region);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.LoginTimeout);
        Assert.Empty(start.Registries);
        Assert.Null(start.ContainerClient);
    }
}
