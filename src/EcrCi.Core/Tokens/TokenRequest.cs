using System.Text;

namespace EcrCi.Tokens;

/// <summary>One <c>GetAuthorizationToken</c> call: which API, where, and for which registry ids.</summary>
/// <param name="IsPublic">True for ECR Public.</param>
/// <param name="Endpoint">The API endpoint.</param>
/// <param name="Region">The signing region.</param>
/// <param name="RegistryIds">Account ids to ask for (private only; at most 10; empty for the caller's own).</param>
/// <param name="PublicHost">The registry host of an ECR Public token.</param>
internal sealed record TokenRequest(bool IsPublic, Uri Endpoint, string Region, IReadOnlyList<string> RegistryIds, string PublicHost)
{
    public const int MaxRegistryIds = 10;

    public string Service => IsPublic ? "ecr-public" : "ecr";

    public string Target => IsPublic
        ? "SpencerFrontendService.GetAuthorizationToken"
        : "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken";

    public byte[] Body()
    {
        if (IsPublic || RegistryIds.Count == 0)
        {
            return "{}"u8.ToArray();
        }

        // Account ids are 12 digits (checked on input), so they need no JSON escaping.
        return Encoding.UTF8.GetBytes($"{{\"registryIds\":[{string.Join(',', RegistryIds.Select(id => $"\"{id}\""))}]}}");
    }
}
