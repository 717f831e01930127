using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace EcrCi.Secrets;

/// <summary>
/// The secrets of one operation (a login, a token fetch, a logout), replaced in text. A secret
/// is matched whole, line by line (a multi-line value echoed in pieces is still hidden), and in
/// the forms it travels in: JSON-escaped and URL-encoded. A short secret (a three-letter proxy
/// password) is replaced only where it stands as a whole value, such as a URL's user info or a
/// quoted or delimited field, so that it cannot blank unrelated words. Each operation has its
/// own; its result and its exceptions carry it, so nothing outlives the operation and nothing
/// grows for the life of the process.
/// </summary>
/// <param name="observer">Told each credential secret the moment it is obtained (the Action masks it before any further call), or null; registry tokens and keys the user gave are not announced.</param>
internal sealed class Redactor(Action<string>? observer = null)
{
    /// <summary>Secrets shorter than this are replaced only as whole values.</summary>
    internal const int MinimumFragment = 6;

    /// <summary>What may stand before and after a short secret for it to count as a whole value.</summary>
    private const string Before = @"(?<=\A|[\s:=""'/,;(\[{])";
    private const string After = @"(?=\z|[\s@""',;&)\]}])";

    private readonly object gate = new();
    private string[] fragments = [];
    private Regex[] wholeValues = [];

    /// <summary>Registers a secret value (and each of its lines, and its encoded forms) for redaction; returns it.</summary>
    public string Add(string secret) => Add(secret, observed: true);

    /// <summary>Registers a secret the caller gave (keys from the environment or a file) without telling the observer, which hears only what the operation obtains.</summary>
    public string AddGiven(string secret) => Add(secret, observed: false);

    private string Add(string secret, bool observed)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return secret;
        }

        if (observed)
        {
            observer?.Invoke(secret);
        }

        var forms = FormsOf(secret).ToList();
        var parts = secret.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Length >= MinimumFragment)
            .Concat(forms.Where(f => f.Length >= MinimumFragment));
        var shortForms = forms.Where(f => f.Length < MinimumFragment)
            .Select(f => new Regex(Before + Regex.Escape(f) + After, RegexOptions.CultureInvariant))
            .ToList();
        lock (gate)
        {
            // Longest first, so a whole value is replaced before any of its lines.
            fragments = [.. fragments.Union(parts, StringComparer.Ordinal).OrderByDescending(f => f.Length)];
            wholeValues = [.. wholeValues, .. shortForms.Where(r => !wholeValues.Any(w => w.ToString() == r.ToString()))];
        }

        return secret;
    }

    /// <summary>Registers the text of a <see cref="Secret"/>; returns the secret.</summary>
    public Secret Add(Secret secret)
    {
        Add(secret.Reveal());
        return secret;
    }

    /// <summary>Registers the text of a <see cref="Secret"/> the caller gave, without telling the observer; returns the secret.</summary>
    public Secret AddGiven(Secret secret)
    {
        Add(secret.Reveal(), observed: false);
        return secret;
    }

    /// <summary>Registers a registry token: its password and the <c>user:password</c> base64 form ECR and Docker carry it in.</summary>
    public void Add(Tokens.AuthorizationToken token)
    {
        // A front end masks registry tokens itself, as its user chose (mask-password).
        Add(token.Password.Reveal(), observed: false);
        Add(DockerConfig.DockerAuth.Encode(token), observed: false);
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

        foreach (var wholeValue in Volatile.Read(ref wholeValues))
        {
            text = wholeValue.Replace(text, Secret.Mask);
        }

        return text;
    }

    /// <summary>The value as written, JSON-escaped (strict and relaxed, as serializers write it) and URL-encoded (both conventions).</summary>
    private static IEnumerable<string> FormsOf(string secret) => new[]
    {
        secret,
        JavaScriptEncoder.Default.Encode(secret),
        JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(secret),
        Uri.EscapeDataString(secret),
        System.Net.WebUtility.UrlEncode(secret),
    }.Distinct(StringComparer.Ordinal);
}
