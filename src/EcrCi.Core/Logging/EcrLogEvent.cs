using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcrCi.Logging;

/// <summary>Severity of an <see cref="EcrLogEvent"/>.</summary>
public enum EcrLogLevel
{
    /// <summary>Details for troubleshooting.</summary>
    Debug,

    /// <summary>What happened: registries, credential source, expiry.</summary>
    Information,

    /// <summary>Something recovered or worth attention (a retry, a mask that was turned off).</summary>
    Warning,

    /// <summary>A failure.</summary>
    Error,
}

/// <summary>
/// A structured log event: a message template with named holes (<c>{Registry}</c>) and the
/// values for them in order, the shape Serilog and Cake both accept. Values are already
/// redacted when an event reaches a logger.
/// </summary>
/// <param name="Level">The severity.</param>
/// <param name="Template">The message template.</param>
/// <param name="Values">One value per hole, in order.</param>
public sealed partial record EcrLogEvent(EcrLogLevel Level, string Template, IReadOnlyList<object?> Values)
{
    /// <summary>The names of the template's holes, in order.</summary>
    public IReadOnlyList<string> PropertyNames => [.. Hole().Matches(Template).Select(m => m.Groups[1].Value)];

    /// <summary>The message with each hole replaced by its value.</summary>
    public string Render()
    {
        var index = 0;
        var text = Hole().Replace(Template, _ => index < Values.Count ? Format(Values[index++]) : string.Empty);
        return text;
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        DateTimeOffset time => time.ToString("u", CultureInfo.InvariantCulture),
        IEnumerable<string> items => new StringBuilder().AppendJoin(", ", items).ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Hole();
}
