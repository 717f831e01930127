using System.Text.Json;

namespace EcrCi.Hosts;

/// <summary>The <c>iss</c> claim of a JSON Web Token, read without verifying it (STS verifies); null when the token is not a JWT.</summary>
internal static class TokenIssuer
{
    public static string? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
            using var document = JsonDocument.Parse(Convert.FromBase64String(payload));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("iss", out var issuer) && issuer.ValueKind == JsonValueKind.String
                ? issuer.GetString()
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
