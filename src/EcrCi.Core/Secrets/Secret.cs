using System.Diagnostics;

namespace EcrCi.Secrets;

/// <summary>
/// A credential value (a registry password, a secret key, a session token). Its text is only
/// reachable through <see cref="Reveal"/>; <see cref="ToString"/> and the debugger show
/// <c>[REDACTED]</c>. The operation that created it also redacts it from its own log events
/// and error messages.
/// </summary>
[DebuggerDisplay("[REDACTED]")]
public sealed class Secret
{
    /// <summary>The text that replaces a secret wherever it would be shown.</summary>
    public const string Mask = "[REDACTED]";

    private readonly string value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public Secret(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        this.value = value;
    }

    /// <summary>The secret text, for the one place that must hand it on (stdin, an output the user asked for).</summary>
    public string Reveal() => value;

    /// <summary>Always <c>[REDACTED]</c>.</summary>
    public override string ToString() => Mask;
}
