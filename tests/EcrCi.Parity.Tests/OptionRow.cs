using CakeSettings = Cake.EcrCi.EcrLoginSettings;
using NukeSettings = EcrCi.Nuke.EcrLoginSettings;

namespace EcrCi.Parity.Tests;

/// <summary>How one front end sets a core option, or why it does not offer it.</summary>
/// <typeparam name="TApply">What the front end's user writes: inputs, a fluent call, a property, flags.</typeparam>
/// <param name="Apply">The user's setting, or null when the front end does not offer the option.</param>
/// <param name="Expected">The core value this front end must produce, when it differs from the row's.</param>
/// <param name="Reason">Why the option is not offered (required when <paramref name="Apply"/> is null).</param>
public sealed record FrontEndSetting<TApply>(TApply? Apply, object? Expected = null, string? Reason = null)
    where TApply : class
{
    public static FrontEndSetting<TApply> NotOffered(string reason) => new(null, null, reason);
}

/// <summary>
/// One core option and what each front end's user writes to set it. The parity specs drive
/// every row through every front end and require the same core option to come out.
/// </summary>
/// <param name="Option">The <see cref="EcrAuthOptions"/> property.</param>
/// <param name="Value">The core value the settings below mean.</param>
public sealed record OptionRow(string Option, object? Value)
{
    /// <summary>Action inputs (name, text), as a workflow's <c>with:</c> block holds them.</summary>
    public required FrontEndSetting<(string Input, string Text)[]> Action { get; init; }

    /// <summary>A Nuke fluent call.</summary>
    public required FrontEndSetting<Func<NukeSettings, NukeSettings>> Nuke { get; init; }

    /// <summary>A Cake settings assignment.</summary>
    public required FrontEndSetting<Action<CakeSettings>> Cake { get; init; }

    /// <summary>Command-line arguments of <c>ecr-login login</c>.</summary>
    public required FrontEndSetting<string[]> Cli { get; init; }

    public override string ToString() => Option;
}
