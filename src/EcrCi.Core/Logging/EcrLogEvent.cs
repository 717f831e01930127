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
    /// <summary>The message with each hole replaced by its value.</summary>
    public string Render()
    {
        var (format, values) = ToCompositeFormat();
        return string.Format(CultureInfo.InvariantCulture, format, [.. values]);
    }

    /// <summary>
    /// The template as a .NET composite format (<c>Logged in to {0}</c>) with each value as text,
    /// for loggers that take positional arguments, such as Cake's.
    /// </summary>
    public (string Format, IReadOnlyList<string> Values) ToCompositeFormat()
    {
        var format = new StringBuilder();
        var values = new List<string>();
        var last = 0;
        foreach (Match hole in Hole().Matches(Template))
        {
            format.Append(Escape(Template[last..hole.Index])).Append('{').Append(values.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
            values.Add(values.Count < Values.Count ? Format(Values[values.Count]) : string.Empty);
            last = hole.Index + hole.Length;
        }

        format.Append(Escape(Template[last..]));
        return (format.ToString(), values);
    }

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private static string Format(object? value) => value switch
    {
        null => "null",
        DateTimeOffset time => time.ToString("u", CultureInfo.InvariantCulture),
        Secrets.Secret => Secrets.Secret.Mask,
        IEnumerable<string> items => string.Join(", ", items),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Hole();
}
