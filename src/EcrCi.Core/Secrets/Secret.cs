using System.Diagnostics;

namespace EcrCi.Secrets;

/// <summary>
/// A credential value (a registry password or an authorization token). Its text is only
/// reachable through <see cref="Reveal"/>; <see cref="ToString"/> and the debugger show
/// <c>[REDACTED]</c>. Every secret is registered with <see cref="Redactor.Shared"/> when it
/// is created, so every log path of the process filters it.
/// </summary>
[DebuggerDisplay("[REDACTED]")]
public sealed class Secret
{
    /// <summary>The text that replaces a secret wherever it would be shown.</summary>
    public const string Mask = "[REDACTED]";

    private readonly string value;

    /// <summary>Wraps <paramref name="value"/> and registers it for redaction.</summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public Secret(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        this.value = value;
        Redactor.Shared.Add(value);
    }

    /// <summary>The secret text, for the one place that must hand it on (stdin, an output the user asked for).</summary>
    public string Reveal() => value;

    /// <summary>Always <c>[REDACTED]</c>.</summary>
    public override string ToString() => Mask;
}
