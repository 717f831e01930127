namespace EcrCi.Testing;

/// <summary>
/// One HTTP request as a SigV4 signer or verifier sees it: the method, the path and query
/// exactly as sent on the wire (not decoded), every header in arrival order (a name may
/// repeat) and the body bytes.
/// </summary>
/// <param name="Method">The HTTP method, such as <c>POST</c>.</param>
/// <param name="Path">The path as sent, for example <c>/</c>; an empty path stands for <c>/</c>.</param>
/// <param name="Query">The query string as sent, without the leading <c>?</c>; empty when there is none.</param>
/// <param name="Headers">Every header in arrival order; duplicate names keep their order.</param>
/// <param name="Body">The request body; empty when there is none.</param>
public sealed record SigV4Request(
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body)
{
    /// <summary>Every value of the header <paramref name="name"/> (case-insensitive), in arrival order.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The values; empty when the header is absent.</returns>
    public IEnumerable<string> HeaderValues(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    /// <summary>A copy with every header named <paramref name="name"/> removed and one header with <paramref name="value"/> appended.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The single new value.</param>
    /// <returns>The new request.</returns>
    public SigV4Request WithHeader(string name, string value) => this with
    {
        Headers = [.. Headers.Where(h => !string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)), new(name, value)],
    };
}
