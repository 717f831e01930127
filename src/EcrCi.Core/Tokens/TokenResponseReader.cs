using System.Text;
using System.Text.Json;
using EcrCi.Errors;
using EcrCi.Json;
using EcrCi.Registries;
using EcrCi.Secrets;

namespace EcrCi.Tokens;

/// <summary>Reads a <c>GetAuthorizationToken</c> answer; a malformed one is refused with what was wrong (never the body).</summary>
internal static class TokenResponseReader
{
    public static IReadOnlyList<AuthorizationToken> ReadPrivate(ReadOnlySpan<byte> body, string region)
    {
        if (Parse(body).AuthorizationData is not { ValueKind: JsonValueKind.Array } data)
        {
            throw Malformed("it has no authorizationData list");
        }

        var tokens = new List<AuthorizationToken>();
        foreach (var item in data.EnumerateArray())
        {
            var entry = Entry(item);
            if (!Uri.TryCreate(entry.ProxyEndpoint, UriKind.Absolute, out var proxyEndpoint))
            {
                throw Malformed("an authorizationData entry has no valid proxyEndpoint URL");
            }

            var host = proxyEndpoint.IsDefaultPort ? proxyEndpoint.Host : proxyEndpoint.Authority;
            var account = TryAccount(host);
            tokens.Add(ReadToken(entry, host) with { AccountId = account, Region = region, ProxyEndpoint = proxyEndpoint });
        }

        return tokens.Count > 0 ? tokens : throw Malformed("its authorizationData list is empty");
    }

    public static AuthorizationToken ReadPublic(ReadOnlySpan<byte> body, string host)
    {
        if (Parse(body).AuthorizationData is not { ValueKind: JsonValueKind.Object } data)
        {
            throw Malformed("it has no authorizationData object");
        }

        return ReadToken(Entry(data), host) with { Region = EcrEndpoints.PublicRegion };
    }

    private static AuthorizationToken ReadToken(TokenDataJson item, string host)
    {
        var encoded = item.AuthorizationToken;
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
        if (item.ExpiresAt is not { } expiresAt)
        {
            throw Malformed("an authorizationData entry has no valid expiresAt");
        }

        return new AuthorizationToken(host, decoded[..colon], password, expiresAt);
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

    private static TokenResponseJson Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, CoreJsonContext.Default.TokenResponseJson) ?? throw Malformed("it is not a JSON object");
        }
        catch (JsonException)
        {
            throw Malformed(IsJsonValue(body) ? "it is not a JSON object" : "it is not valid JSON");
        }
    }

    private static TokenDataJson Entry(JsonElement item)
    {
        try
        {
            return item.Deserialize(CoreJsonContext.Default.TokenDataJson) ?? throw Malformed("an authorizationData entry is not an object");
        }
        catch (JsonException)
        {
            throw Malformed("an authorizationData entry is not an object");
        }
    }

    /// <summary>True when the body is one JSON value (then one that is not an object); false when it is not JSON at all.</summary>
    private static bool IsJsonValue(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static EcrLoginException Malformed(string what) =>
        new(EcrErrorKind.MalformedResponse, $"ECR's GetAuthorizationToken response was malformed: {what}. Check that the endpoint (AWS_ENDPOINT_URL_ECR, proxy) really is Amazon ECR.");
}
