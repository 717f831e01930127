namespace EcrCi.DockerConfig;

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
