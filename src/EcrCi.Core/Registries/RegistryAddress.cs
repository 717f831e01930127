namespace EcrCi.Registries;

/// <summary>
/// Reduces a registry address as users and Docker write it (<c>host</c>, <c>host:port</c>,
/// <c>https://host/v2/</c>, an image reference) to a lower-case <c>host[:port]</c>.
/// </summary>
internal static class RegistryAddress
{
    /// <summary>The host (and port other than 443) of <paramref name="text"/>; false when it holds no valid host.</summary>
    public static bool TryGetHost(string? text, out string host)
    {
        host = string.Empty;
        var rest = text?.Trim() ?? string.Empty;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest[(scheme + 3)..];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rest = rest[..slash];
        }

        rest = rest.TrimEnd('.').ToLowerInvariant();
        if (rest.EndsWith(":443", StringComparison.Ordinal))
        {
            rest = rest[..^4];
        }

        if (rest.Length == 0 || rest.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']' or '_')))
        {
            return false;
        }

        host = rest;
        return true;
    }
}
