namespace EcrCi.DockerConfig;

/// <summary>What undoing the logins did to the Docker config file.</summary>
/// <param name="Reverted">The hosts whose entries got their state from before the logins back.</param>
/// <param name="Kept">The hosts whose entries another writer changed after the snapshot, left as they are.</param>
/// <param name="Left">The hosts whose entries should have been reverted but could not be, as the file could not be written.</param>
/// <param name="Problem">Why the file could not be read or written, or null.</param>
internal sealed record ConfigRollback(IReadOnlyList<string> Reverted, IReadOnlyList<string> Kept, IReadOnlyList<string> Left, string? Problem)
{
    /// <summary>Nothing was changed, as nothing needed to be.</summary>
    public static ConfigRollback Nothing { get; } = new([], [], [], null);
}
