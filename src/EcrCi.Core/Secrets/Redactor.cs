namespace EcrCi.Secrets;

/// <summary>
/// Replaces known secrets in text. A secret is matched whole and line by line, so a
/// multi-line value echoed in pieces is still hidden. One shared instance serves every
/// log path of the process; front ends pass their stderr echo and log lines through it.
/// </summary>
public sealed class Redactor
{
    private const int MinimumFragment = 6;
    private readonly object gate = new();
    private string[] fragments = [];

    /// <summary>The process-wide redactor that every <see cref="Secret"/> registers with.</summary>
    public static Redactor Shared { get; } = new();

    /// <summary>Registers a secret value (and each of its lines) for redaction.</summary>
    public void Add(string secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        var parts = secret.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Length >= MinimumFragment)
            .Prepend(secret);
        lock (gate)
        {
            // Longest first, so a whole value is replaced before any of its lines.
            fragments = [.. fragments.Union(parts, StringComparer.Ordinal).OrderByDescending(f => f.Length)];
        }
    }

    /// <summary>Returns <paramref name="text"/> with every registered secret replaced by <c>[REDACTED]</c>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var current = fragments;
        foreach (var fragment in current)
        {
            if (text.Contains(fragment, StringComparison.Ordinal))
            {
                text = text.Replace(fragment, Secret.Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
