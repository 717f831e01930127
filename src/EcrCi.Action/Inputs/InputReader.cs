using System.Globalization;
using EcrCi.Action.Runner;
using EcrCi.Errors;

namespace EcrCi.Action.Inputs;

/// <summary>
/// Reads single inputs strictly: an empty input takes its default, anything else must be well
/// formed or the step fails with a message that names the input and what it accepts.
/// </summary>
/// <param name="environment">The step's variables.</param>
internal sealed class InputReader(ActionEnvironment environment)
{
    private static readonly string[] TrueWords = ["true", "True", "TRUE"];
    private static readonly string[] FalseWords = ["false", "False", "FALSE"];

    /// <summary>The trimmed value, or null when the input is empty.</summary>
    public string? Text(string name) => environment.Input(name) is { Length: > 0 } value ? value : null;

    /// <summary>A boolean in the YAML 1.2 core schema: true, True, TRUE, false, False or FALSE.</summary>
    public bool Boolean(string name, bool defaultValue)
    {
        var value = Text(name);
        if (value is null)
        {
            return defaultValue;
        }

        if (TrueWords.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        return FalseWords.Contains(value, StringComparer.Ordinal)
            ? false
            : throw Invalid(name, value, "true or false (true, True, TRUE, false, False or FALSE)");
    }

    /// <summary>A boolean like <see cref="Boolean"/>, or null when the input is empty (the core decides).</summary>
    public bool? OptionalBoolean(string name) => Text(name) is null ? null : Boolean(name, false);

    /// <summary>A whole number (its range is the core's to check), or null when empty.</summary>
    public int? WholeNumber(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Invalid(name, value, "a whole number");
    }

    /// <summary>A number of seconds (its range is the core's to check), or null when empty.</summary>
    public TimeSpan? Seconds(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds <= TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : throw Invalid(name, value, "a number of seconds, such as 30 or 2.5");
    }

    /// <summary>One of <paramref name="choices"/> (any casing), or <paramref name="defaultValue"/> when empty.</summary>
    public string Choice(string name, string defaultValue, params string[] choices)
    {
        var value = Text(name);
        if (value is null)
        {
            return defaultValue;
        }

        return choices.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase))
            ?? throw Invalid(name, value, string.Join(" or ", choices));
    }

    /// <summary>One of AWS's retry modes (any casing, as AWS_RETRY_MODE takes them), or null when empty (the core decides).</summary>
    public RetryMode? RetryMode(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        return RetryModes.Parse(value) ?? throw Invalid(name, value, "legacy, standard or adaptive");
    }

    /// <summary>An http or https URL, or null when empty. The value is never echoed: it may hold a password.</summary>
    public Uri? Url(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0
            ? uri
            : throw new EcrLoginException(EcrErrorKind.InvalidInput,
                $"The input '{name}' is not a valid proxy URL: expected http://host:port or https://host:port (for example http://proxy.example.com:3128).");
    }

    /// <summary>An error for an input whose value is not accepted.</summary>
    public static EcrLoginException Invalid(string name, string value, string expected) =>
        new(EcrErrorKind.InvalidInput, $"The input '{name}' is '{value}': expected {expected}.");
}
