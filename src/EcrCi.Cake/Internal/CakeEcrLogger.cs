using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cake.Core.Diagnostics;
using EcrCi.Logging;
using EcrCi.Secrets;

namespace Cake.EcrCi.Internal;

/// <summary>
/// Writes the core's events to Cake's log. A template's named holes become Cake's positional
/// ones, so Cake highlights the values as it does its own; every value and the template pass
/// the shared redactor once more on the way.
/// </summary>
internal sealed partial class CakeEcrLogger(ICakeLog log) : IEcrLogger
{
    public void Log(EcrLogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var (verbosity, level) = logEvent.Level switch
        {
            EcrLogLevel.Debug => (Verbosity.Verbose, LogLevel.Verbose),
            EcrLogLevel.Information => (Verbosity.Normal, LogLevel.Information),
            EcrLogLevel.Warning => (Verbosity.Minimal, LogLevel.Warning),
            _ => (Verbosity.Quiet, LogLevel.Error),
        };
        if (log.Verbosity < verbosity)
        {
            return;
        }

        var (format, values) = ToCakeFormat(logEvent);
        log.Write(verbosity, level, format, values);
    }

    /// <summary>Turns <c>Logged in to {Registry}</c> with its values into <c>Logged in to {0}</c> and redacted strings.</summary>
    internal static (string Format, object[] Values) ToCakeFormat(EcrLogEvent logEvent)
    {
        var redactor = Redactor.Shared;
        var template = redactor.Redact(logEvent.Template);
        var format = new StringBuilder();
        var values = new List<object>();
        var last = 0;
        foreach (Match hole in Hole().Matches(template))
        {
            format.Append(Escape(template[last..hole.Index]));
            format.Append('{').Append(values.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
            var value = values.Count < logEvent.Values.Count ? logEvent.Values[values.Count] : null;
            values.Add(redactor.Redact(Text(value)));
            last = hole.Index + hole.Length;
        }

        format.Append(Escape(template[last..]));
        return (format.ToString(), [.. values]);
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        Secret => Secret.Mask,
        DateTimeOffset time => time.ToString("u", CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable<string> items => string.Join(", ", items),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Hole();
}
