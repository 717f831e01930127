namespace EcrCi.Secrets;

/// <summary>
/// The secrets of one operation (a login, a token fetch, a logout), replaced in text. A secret
/// is matched whole and line by line, so a multi-line value echoed in pieces is still hidden.
/// Each operation has its own; its result and its exceptions carry it, so nothing outlives the
/// operation and nothing grows for the life of the process.
/// </summary>
internal sealed class Redactor
{
    private const int MinimumFragment = 6;
    private readonly object gate = new();
    private string[] fragments = [];

    /// <summary>Registers a secret value (and each of its lines) for redaction; returns it.</summary>
    public string Add(string secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return secret;
        }

        var parts = secret.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Length >= MinimumFragment)
            .Prepend(secret);
        lock (gate)
        {
            // Longest first, so a whole value is replaced before any of its lines.
            fragments = [.. fragments.Union(parts, StringComparer.Ordinal).OrderByDescending(f => f.Length)];
        }

        return secret;
    }

    /// <summary>Registers the text of a <see cref="Secret"/>; returns the secret.</summary>
    public Secret Add(Secret secret)
    {
        Add(secret.Reveal());
        return secret;
    }

    /// <summary>Registers a registry token: its password and the <c>user:password</c> base64 form ECR and Docker carry it in.</summary>
    public void Add(Tokens.AuthorizationToken token)
    {
        Add(token.Password.Reveal());
        Add(DockerConfig.DockerAuth.Encode(token));
    }

    /// <summary>Returns <paramref name="text"/> with every registered secret replaced by <c>[REDACTED]</c>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var fragment in Volatile.Read(ref fragments))
        {
            if (text.Contains(fragment, StringComparison.Ordinal))
            {
                text = text.Replace(fragment, Secret.Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
