using System.Text;

namespace EcrCi.Testing;

/// <summary>SigV4's URI encoding, path normalization and query canonicalization.</summary>
internal static class SigV4Encoding
{
    /// <summary>
    /// Removes empty and dot segments (keeping a trailing slash), then URI-encodes each
    /// segment of the path as sent, as every service but S3 expects.
    /// </summary>
    public static string CanonicalPath(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
                continue;
            if (segment == "..")
            {
                if (segments.Count > 0)
                    segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        var normalized = "/" + string.Join('/', segments);
        if (path.EndsWith('/') && !normalized.EndsWith('/'))
            normalized += "/";
        return Encode(normalized, keepSlash: true);
    }

    /// <summary>Decodes each name and value, re-encodes them strictly and sorts by name, then value.</summary>
    public static string CanonicalQuery(string query)
    {
        var pairs = new List<(string Name, string Value)>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            pairs.Add((Encode(Uri.UnescapeDataString(name), keepSlash: false), Encode(Uri.UnescapeDataString(value), keepSlash: false)));
        }

        return string.Join('&', pairs
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>Percent-encodes the UTF-8 bytes of everything but <c>A-Z a-z 0-9 - . _ ~</c> (and <c>/</c> when asked).</summary>
    public static string Encode(string value, bool keepSlash)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' || (keepSlash && c == '/'))
                builder.Append(c);
            else
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
