namespace EcrCi.Testing;

/// <summary>The parts of an <c>Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</c> header.</summary>
internal sealed record SigV4Authorization(
    string AccessKeyId,
    string Date,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    public string Scope => SigV4Canonical.Scope(Date, Region, Service);

    public string Format() =>
        $"{SigV4Canonical.Algorithm} Credential={AccessKeyId}/{Scope}, SignedHeaders={string.Join(';', SignedHeaders)}, Signature={Signature}";

    /// <summary>Parses the header, or says in AWS's words what is wrong with it.</summary>
    public static SigV4Authorization? Parse(string header, out string? error)
    {
        error = null;
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        var algorithm = space < 0 ? header : header[..space];
        if (algorithm != SigV4Canonical.Algorithm)
        {
            error = $"Unsupported AWS 'algorithm': '{algorithm}'.";
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in header[(space + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
                parameters[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        var missing = new[] { "Credential", "Signature", "SignedHeaders" }
            .Where(name => !parameters.TryGetValue(name, out var value) || value.Length == 0)
            .Select(name => $"Authorization header requires '{name}' parameter.")
            .ToList();
        if (missing.Count > 0)
        {
            error = $"{string.Join(' ', missing)} Authorization={header}";
            return null;
        }

        var credential = parameters["Credential"].Split('/');
        if (credential.Length != 5 || credential.Any(part => part.Length == 0))
        {
            error = $"Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{parameters["Credential"]}'";
            return null;
        }

        if (credential[4] != SigV4Canonical.Terminator)
        {
            error = $"Credential should be scoped with a valid terminator: '{SigV4Canonical.Terminator}', not '{credential[4]}'.";
            return null;
        }

        var signedHeaders = parameters["SignedHeaders"].Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(name => name.Trim().ToLowerInvariant())
            .ToList();
        return new(credential[0], credential[1], credential[2], credential[3], signedHeaders, parameters["Signature"]);
    }
}
