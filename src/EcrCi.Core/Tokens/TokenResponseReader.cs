using System.Text;
using System.Text.Json;
using EcrCi.Errors;
using EcrCi.Registries;
using EcrCi.Secrets;

namespace EcrCi.Tokens;

/// <summary>Reads a <c>GetAuthorizationToken</c> answer; a malformed one is refused with what was wrong (never the body).</summary>
internal static class TokenResponseReader
{
    public static IReadOnlyList<AuthorizationToken> ReadPrivate(ReadOnlySpan<byte> body, string region)
    {
        using var document = Parse(body);
        if (!document.RootElement.TryGetProperty("authorizationData", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw Malformed("it has no authorizationData list");
        }

        var tokens = new List<AuthorizationToken>();
        foreach (var item in data.EnumerateArray())
        {
            var endpointText = item.TryGetProperty("proxyEndpoint", out var endpoint) && endpoint.ValueKind == JsonValueKind.String ? endpoint.GetString() : null;
            if (!Uri.TryCreate(endpointText, UriKind.Absolute, out var proxyEndpoint))
            {
                throw Malformed("an authorizationData entry has no valid proxyEndpoint URL");
            }

            var host = proxyEndpoint.IsDefaultPort ? proxyEndpoint.Host : proxyEndpoint.Authority;
            var account = TryAccount(host);
            tokens.Add(ReadToken(item, host) with { AccountId = account, Region = region, ProxyEndpoint = proxyEndpoint });
        }

        return tokens.Count > 0 ? tokens : throw Malformed("its authorizationData list is empty");
    }

    public static AuthorizationToken ReadPublic(ReadOnlySpan<byte> body, string host)
    {
        using var document = Parse(body);
        if (!document.RootElement.TryGetProperty("authorizationData", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw Malformed("it has no authorizationData object");
        }

        return ReadToken(data, host) with { Region = EcrEndpoints.PublicRegion };
    }

    private static AuthorizationToken ReadToken(JsonElement item, string host)
    {
        var encoded = item.TryGetProperty("authorizationToken", out var token) && token.ValueKind == JsonValueKind.String ? token.GetString() : null;
        if (string.IsNullOrEmpty(encoded))
        {
            throw Malformed("an authorizationData entry has no authorizationToken");
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            throw Malformed("an authorizationToken is not base64");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == decoded.Length - 1)
        {
            throw Malformed("an authorizationToken does not decode to user:password");
        }

        var password = new Secret(decoded[(colon + 1)..]);
        if (!item.TryGetProperty("expiresAt", out var expires) || !TryReadTime(expires, out var expiresAt))
        {
            throw Malformed("an authorizationData entry has no valid expiresAt");
        }

        return new AuthorizationToken(host, decoded[..colon], password, expiresAt);
    }

    private static bool TryReadTime(JsonElement value, out DateTimeOffset time)
    {
        time = default;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && seconds > 0)
        {
            time = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
            return true;
        }

        return value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out time);
    }

    private static string? TryAccount(string host)
    {
        try
        {
            return RegistryReference.Parse(host).AccountId;
        }
        catch (EcrLoginException)
        {
            return null;
        }
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw Malformed("it is not a JSON object");
            }

            return document;
        }
        catch (JsonException)
        {
            throw Malformed("it is not valid JSON");
        }
    }

    private static EcrLoginException Malformed(string what) =>
        new(EcrErrorKind.MalformedResponse, $"ECR's GetAuthorizationToken response was malformed: {what}. Check that the endpoint (AWS_ENDPOINT_URL_ECR, proxy) really is Amazon ECR.");
}
