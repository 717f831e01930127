using EcrCi.Action.Inputs;
using EcrCi.Action.Runner;
using EcrCi.Cake.Tests.Fakes;
using EcrCi.Cli.Commands;
using Cake.EcrCi.Internal;
using CakeSettings = Cake.EcrCi.EcrLoginSettings;
using NukeSettings = EcrCi.Nuke.EcrLoginSettings;

namespace EcrCi.Parity.Tests;

/// <summary>Turns what a user of each front end writes into the core options that front end passes on.</summary>
public static class FrontEnds
{
    public static readonly string[] Names = ["Action", "Nuke", "Cake", "Cli"];

    /// <summary>The core options of one front end when its user sets the given rows (none: the front end's baseline).</summary>
    public static EcrAuthOptions Map(string frontEnd, IEnumerable<OptionRow> rows) => frontEnd switch
    {
        "Action" => Action(rows.SelectMany(r => r.Action.Apply!)),
        "Nuke" => rows.Aggregate(new NukeSettings(), (settings, row) => row.Nuke.Apply!(settings)).ToLoginOptions(new Discard()),
        "Cake" => Cake(rows.Select(r => r.Cake.Apply!)),
        "Cli" => Cli(rows.SelectMany(r => r.Cli.Apply!)),
        _ => throw new ArgumentOutOfRangeException(nameof(frontEnd), frontEnd, null),
    };

    /// <summary>The row's setting for a front end: what is applied, the expected value, and why it may be missing.</summary>
    public static (bool Offered, object? Expected, string? Reason) SettingOf(OptionRow row, string frontEnd) => frontEnd switch
    {
        "Action" => (row.Action.Apply is not null, row.Action.Expected ?? row.Value, row.Action.Reason),
        "Nuke" => (row.Nuke.Apply is not null, row.Nuke.Expected ?? row.Value, row.Nuke.Reason),
        "Cake" => (row.Cake.Apply is not null, row.Cake.Expected ?? row.Value, row.Cake.Reason),
        "Cli" => (row.Cli.Apply is not null, row.Cli.Expected ?? row.Value, row.Cli.Reason),
        _ => throw new ArgumentOutOfRangeException(nameof(frontEnd), frontEnd, null),
    };

    private static EcrAuthOptions Action(IEnumerable<(string Input, string Text)> inputs)
    {
        var variables = inputs.ToDictionary(i => ActionEnvironment.InputVariable(i.Input), i => (string?)i.Text);
        var environment = new ActionEnvironment(name => variables.GetValueOrDefault(name));
        return ActionInputs.Parse(environment).ToOptions(environment, new ActionLog(new WorkflowCommandWriter(TextWriter.Null)), null);
    }

    private static EcrAuthOptions Cake(IEnumerable<Action<CakeSettings>> assignments)
    {
        var settings = new CakeSettings();
        foreach (var assign in assignments)
        {
            assign(settings);
        }

        var context = new FakeCakeContext(new FakeCakeEnvironment("/work", new Dictionary<string, string?>()), new FakeCakeLog());
        return settings.ToOptions(context);
    }

    private static EcrAuthOptions Cli(IEnumerable<string> arguments)
    {
        var login = new LoginCommand(new CommonOptions());
        var parse = login.Create().Parse([.. arguments]);
        Assert.Empty(parse.Errors);
        return login.Options(parse);
    }

    private sealed class Discard : Logging.IEcrLogger
    {
        public void Log(Logging.EcrLogEvent logEvent)
        {
        }
    }
}
