namespace EcrCi.Files;

/// <summary>
/// Files that hold or point to credentials (token cache, Docker config, aliases, the helper's
/// log): folders 0700 and files 0600 on Unix (no modes on Windows), whole files replaced at once
/// by a temporary file in the same folder moved over the old one, so a reader sees the old file
/// or the new one, never half of one.
/// </summary>
internal static class OwnerOnlyFiles
{
    /// <summary>The mode of an owner-only folder (0700).</summary>
    internal const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The mode of an owner-only file (0600).</summary>
    internal const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const string TemporarySuffix = ".tmp";

    /// <summary>How old a temporary file must be to count as left behind by a killed writer.</summary>
    internal static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>Creates the folder (mode 0700 on Unix) if it does not exist; an existing folder keeps its mode.</summary>
    public static void EnsureFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file (0600) beside <paramref name="path"/>,
    /// then moves it over. <paramref name="flushToDisk"/> asks for an fsync first (a config must
    /// survive a power cut; a cache need not). A failed write leaves no temporary file behind.
    /// </summary>
    public static void Replace(string path, ReadOnlySpan<byte> content, bool flushToDisk)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        EnsureFolder(folder);
        RemoveStaleTemporaries(folder, Path.GetFileName(full));
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            using (var stream = new FileStream(temporary, Options(System.IO.FileMode.CreateNew)))
            {
                stream.Write(content);
                stream.Flush(flushToDisk);
            }

            MoveWithRetry(temporary, full);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Deletes the temporary files a killed writer of <paramref name="name"/> left behind (they
    /// can hold every token or password of the file). A live writer's file is younger than
    /// <see cref="StaleAfter"/>: its write takes milliseconds.
    /// </summary>
    internal static void RemoveStaleTemporaries(string folder, string name)
    {
        try
        {
            foreach (var stale in new DirectoryInfo(folder).EnumerateFiles($".{name}.*{TemporarySuffix}"))
            {
                if (DateTime.UtcNow - stale.LastWriteTimeUtc > StaleAfter && stale.LinkTarget is null)
                {
                    stale.Delete();
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next write tries again.
        }
    }

    /// <summary>Opens <paramref name="path"/> for appending, creating it with mode 0600; others may read it meanwhile.</summary>
    public static FileStream OpenAppend(string path)
    {
        var options = Options(System.IO.FileMode.Append);
        options.Share = FileShare.ReadWrite | FileShare.Delete;
        return new FileStream(path, options);
    }

    /// <summary>
    /// Moves a file over another. On Windows a reader may hold the destination open without
    /// delete sharing for an instant: the move is retried a few times. Elsewhere an error is final.
    /// </summary>
    public static void MoveWithRetry(string source, string destination)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                File.Move(source, destination, overwrite: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && OperatingSystem.IsWindows() && attempt < 10)
            {
                Thread.Sleep(attempt * 5);
            }
        }
    }

    private static FileStreamOptions Options(System.IO.FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return options;
    }
}
