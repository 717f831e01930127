using System.Text.Json;

namespace EcrCi.Testing;

/// <summary>The <c>GetAuthorizationToken</c> input: <c>{}</c> or <c>{"registryIds":[...]}</c> (private only).</summary>
internal sealed record EcrRequestBody(IReadOnlyList<string> RegistryIds)
{
    private const int MaxIds = 10;

    /// <summary>Parses and validates the body, or says why not with the error AWS would send.</summary>
    public static EcrRequestBody? Parse(byte[] body, bool isPublic, out EcrReply? error)
    {
        error = null;
        if (body.Length == 0)
            return new([]);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            error = EcrReply.BadRequest("SerializationException", "The request body is not valid JSON.");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = EcrReply.BadRequest("SerializationException", "Start of list found where not expected");
                return null;
            }

            if (isPublic || !document.RootElement.TryGetProperty("registryIds", out var element) || element.ValueKind == JsonValueKind.Null)
                return new([]);
            if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(id => id.ValueKind != JsonValueKind.String))
            {
                error = EcrReply.BadRequest("SerializationException", "registryIds must be a list of strings.");
                return null;
            }

            var ids = element.EnumerateArray().Select(id => id.GetString()!).ToList();
            var problem = ids.Count == 0 ? "Member must have length greater than or equal to 1"
                : ids.Count > MaxIds ? $"Member must have length less than or equal to {MaxIds}"
                : ids.Any(id => !IsAccountId(id)) ? "Member must satisfy constraint: [Member must satisfy regular expression pattern: [0-9]{12}]"
                : null;
            if (problem is null)
                return new(ids);

            error = EcrReply.BadRequest("InvalidParameterException",
                $"1 validation error detected: Value '[{string.Join(", ", ids)}]' at 'registryIds' failed to satisfy constraint: {problem}");
            return null;
        }
    }

    private static bool IsAccountId(string id) => id.Length == 12 && id.All(char.IsAsciiDigit);
}
