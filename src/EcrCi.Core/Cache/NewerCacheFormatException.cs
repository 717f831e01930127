namespace EcrCi.Cache;

/// <summary>
/// The cache file is an ecr-login token cache of a newer format version than this code knows:
/// another, newer ecr-login shares the folder. It is neither read nor set aside nor replaced,
/// so two versions that share a folder do not undo each other's work.
/// </summary>
/// <param name="version">The file's format version.</param>
internal sealed class NewerCacheFormatException(int version)
    : Exception($"it has format version {version}, newer than this ecr-login understands")
{
    /// <summary>The file's format version.</summary>
    public int Version { get; } = version;
}
