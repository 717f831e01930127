using System.Collections;
using System.Reflection;

namespace EcrCi.Parity.Tests;

/// <summary>
/// One table of logical inputs, driven through the Action's inputs, Nuke's fluent settings,
/// Cake's settings and the CLI's flags: each must hand the core the same option, and nothing
/// else. Adding a core option without a row fails here.
/// </summary>
public class ParitySpecs
{
    private static readonly PropertyInfo[] CoreOptions = typeof(EcrAuthOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in OptionTable.Rows)
        {
            foreach (var frontEnd in FrontEnds.Names.Where(f => FrontEnds.SettingOf(row, f).Offered))
            {
                data.Add(row.Option, frontEnd);
            }
        }

        return data;
    }

    [Fact]
    public void Every_core_option_has_exactly_one_row_and_every_row_names_a_core_option()
    {
        Assert.Equal(CoreOptions.Select(p => p.Name).Order(StringComparer.Ordinal), OptionTable.Rows.Select(r => r.Option).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_option_a_front_end_does_not_offer_says_why()
    {
        Assert.All(OptionTable.Rows, row => Assert.All(FrontEnds.Names, frontEnd =>
        {
            var (offered, _, reason) = FrontEnds.SettingOf(row, frontEnd);
            Assert.True(offered || !string.IsNullOrWhiteSpace(reason), $"{frontEnd} gives no reason for not offering {row.Option}");
        }));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_setting_reaches_the_core_as_the_same_option_and_changes_nothing_else(string option, string frontEnd)
    {
        var row = OptionTable.Rows.Single(r => r.Option == option);
        var baseline = FrontEnds.Map(frontEnd, []);

        var options = FrontEnds.Map(frontEnd, [row]);

        AssertValue(FrontEnds.SettingOf(row, frontEnd).Expected, Property(option).GetValue(options));
        foreach (var other in CoreOptions.Where(p => p.Name != option && p.Name is not nameof(EcrAuthOptions.Logger) and not nameof(EcrAuthOptions.EnvironmentVariables)))
        {
            AssertValue(other.GetValue(baseline), other.GetValue(options));
        }
    }

    [Theory]
    [InlineData("Action")]
    [InlineData("Nuke")]
    [InlineData("Cake")]
    [InlineData("Cli")]
    public void Unset_settings_leave_every_option_to_the_core(string frontEnd)
    {
        var baseline = FrontEnds.Map(frontEnd, []);
        var fromCore = new EcrAuthOptions();

        Assert.NotNull(baseline.Logger);
        Assert.Equal(frontEnd.ToLowerInvariant(), baseline.FrontEnd);
        foreach (var property in CoreOptions.Where(p => p.Name is not nameof(EcrAuthOptions.Logger) and not nameof(EcrAuthOptions.EnvironmentVariables) and not nameof(EcrAuthOptions.TokenCache) and not nameof(EcrAuthOptions.FrontEnd)))
        {
            AssertValue(property.GetValue(fromCore), property.GetValue(baseline));
        }
    }

    [Fact]
    public void The_cache_is_the_only_setting_whose_unset_meaning_differs_and_only_in_the_tool()
    {
        Assert.Equal(
            [("Action", (bool?)null), ("Nuke", null), ("Cake", null), ("Cli", true)],
            FrontEnds.Names.Select(f => (f, FrontEnds.Map(f, []).TokenCache)));
    }

    [Theory]
    [InlineData("Action")]
    [InlineData("Nuke")]
    [InlineData("Cake")]
    [InlineData("Cli")]
    public void All_settings_together_reach_the_core_each_as_its_own_option(string frontEnd)
    {
        var rows = OptionTable.Rows.Where(r => FrontEnds.SettingOf(r, frontEnd).Offered && r.Option != nameof(EcrAuthOptions.Public)).ToList();

        var options = FrontEnds.Map(frontEnd, rows);

        Assert.All(rows, row => AssertValue(FrontEnds.SettingOf(row, frontEnd).Expected, Property(row.Option).GetValue(options)));
    }

    [Theory]
    [InlineData("Action")]
    [InlineData("Nuke")]
    [InlineData("Cake")]
    public void A_long_attempt_timeout_without_a_deadline_is_accepted_everywhere_and_stretches_the_deadline(string frontEnd)
    {
        var row = OptionTable.Rows.Single(r => r.Option == nameof(EcrAuthOptions.AttemptTimeout));
        var options = FrontEnds.Map(frontEnd, [row]) with { AttemptTimeout = TimeSpan.FromSeconds(90) };

        var settings = Settings.EffectiveSettings.From(options with { EnvironmentVariables = _ => null });

        Assert.Equal(TimeSpan.FromSeconds(90), settings.Retry.Deadline);
    }

    private static PropertyInfo Property(string name) => CoreOptions.Single(p => p.Name == name);

    private static void AssertValue(object? expected, object? actual)
    {
        if (expected is IEnumerable items and not string && actual is IEnumerable actualItems)
        {
            Assert.Equal(items.Cast<object>(), actualItems.Cast<object>());
            return;
        }

        Assert.Equal(expected, actual);
    }
}
