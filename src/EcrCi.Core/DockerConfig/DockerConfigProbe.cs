using System.Text.Json;
using EcrCi.Json;
using EcrCi.Tokens;

namespace EcrCi.DockerConfig;

/// <summary>
/// Tells whether a Docker config file already holds exactly these credentials (its
/// <c>auths</c> entries, with no credential store or helper in the way), so a login with
/// cached tokens can skip the container client: it would write the same bytes again. Any
/// doubt (no file, a file it cannot read, members of unexpected kinds) answers no, and the
/// client logs in as usual.
/// </summary>
internal static class DockerConfigProbe
{
    public static bool HoldsAll(string configDirectory, IReadOnlyList<AuthorizationToken> tokens)
    {
        if (tokens.Count == 0 || Read(DockerConfigFolder.ConfigFile(configDirectory)) is not { } config)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(config.CredsStore) || config.Auths is not { } auths)
        {
            return false;
        }

        return tokens.All(token =>
            config.CredHelpers?.ContainsKey(token.Host) != true
            && auths.GetValueOrDefault(token.Host)?.Auth == DockerAuth.Encode(token));
    }

    private static DockerConfigJson? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), CoreJsonContext.Default.DockerConfigJson);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// The members of a Docker config that say where credentials are kept. Only read (by
/// <see cref="DockerConfigProbe"/>): the config is never written from this shape, as that would
/// drop every member it does not name.
/// </summary>
/// <param name="CredsStore">The credential store for every registry, such as <c>desktop</c>.</param>
/// <param name="CredHelpers">Per registry host, the credential helper that keeps its credentials.</param>
/// <param name="Auths">Per registry host, the credentials kept in the file itself.</param>
internal sealed record DockerConfigJson(
    string? CredsStore = null,
    Dictionary<string, string?>? CredHelpers = null,
    Dictionary<string, DockerAuthEntryJson?>? Auths = null);

/// <summary>One <c>auths</c> entry.</summary>
/// <param name="Auth">Base64 of <c>user:password</c> (see <see cref="DockerAuth"/>).</param>
internal sealed record DockerAuthEntryJson(string? Auth = null);
