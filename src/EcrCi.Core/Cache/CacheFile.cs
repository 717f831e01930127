using System.Globalization;
using EcrCi.Files;

namespace EcrCi.Cache;

/// <summary>
/// The cache file on disk. Readers need no lock: writers replace the whole file at once with
/// <see cref="OwnerOnlyFiles.Replace"/> (without fsync: a cache needs no durability, and a file
/// damaged by a power cut is set aside and rebuilt), so a reader sees the old file or the new
/// one, never half of one. Writers take <see cref="FileLock"/>.
/// </summary>
internal sealed class CacheFile(string directory)
{
    public string Directory { get; } = directory;

    public string Path { get; } = System.IO.Path.Combine(directory, TokenCacheOptions.FileName);

    public string LockPath { get; } = System.IO.Path.Combine(directory, TokenCacheOptions.LockFileName);

    /// <summary>Why the folder may not hold the cache (see <see cref="TrustedFolder"/>), or null when it may.</summary>
    public string? Distrust() =>
        TrustedFolder.Distrust(Directory, TokenCacheOptions.FileName, TokenCacheOptions.LockFileName);

    /// <summary>The file's bytes, or empty when there is no file yet.</summary>
    public byte[] ReadBytes()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
                return bytes;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && OperatingSystem.IsWindows() && attempt < 5)
            {
                // Windows: the file is being replaced this instant. Elsewhere an error is final.
                Thread.Sleep(attempt * 2);
            }
        }
    }

    /// <summary>
    /// Moves an unreadable file out of the way and returns where it went. Only this newest
    /// copy is kept: older ones are deleted, as they may hold passwords and would pile up.
    /// Call it holding the lock.
    /// </summary>
    public string SetAside()
    {
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var aside = $"{Path}.corrupt-{stamp}-{Guid.NewGuid().ToString("N")[..6]}";
        OwnerOnlyFiles.MoveWithRetry(Path, aside);
        DeleteSetAsideExcept(aside);
        return aside;
    }

    private void DeleteSetAsideExcept(string keep)
    {
        var kept = System.IO.Path.GetFileName(keep);
        try
        {
            foreach (var older in System.IO.Directory.GetFiles(Directory, $"{TokenCacheOptions.FileName}.corrupt-*"))
            {
                if (!string.Equals(System.IO.Path.GetFileName(older), kept, StringComparison.Ordinal))
                {
                    File.Delete(older);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the next set-aside tries again.
        }
    }
}
