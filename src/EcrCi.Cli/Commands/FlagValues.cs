using System.CommandLine.Parsing;
using System.Globalization;

namespace EcrCi.Cli.Commands;

/// <summary>
/// Parsers for flag values in the tool's own formats. A malformed value is a usage error that
/// names the flag and what it accepts; ranges are the core's to check.
/// </summary>
internal static class FlagValues
{
    /// <summary>AWS's retry modes as the flag and AWS_RETRY_MODE write them.</summary>
    public const string RetryModeNames = "legacy, standard or adaptive";

    /// <summary>One of AWS's retry modes, in any casing.</summary>
    public static RetryMode? RetryMode(ArgumentResult result)
    {
        var text = Single(result);
        var mode = RetryModes.Parse(text);
        if (mode is null)
        {
            result.AddError($"{Flag(result)} is '{text}': expected {RetryModeNames}.");
        }

        return mode;
    }

    /// <summary>A number of seconds, such as 30 or 2.5.</summary>
    public static TimeSpan? Seconds(ArgumentResult result)
    {
        var text = Single(result);
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds <= TimeSpan.MaxValue.TotalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        result.AddError($"{Flag(result)} is '{text}': expected a number of seconds, such as 30 or 2.5.");
        return null;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;

    private static string Flag(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : "a flag";
}
