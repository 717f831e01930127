using System.Diagnostics;

namespace EcrCi.Cache;

/// <summary>
/// A cross-process lock: a lock file opened with <see cref="FileShare.None"/> (an exclusive
/// <c>flock</c> on Unix, a sharing lock on Windows), retried until it is free. The operating
/// system releases it when the holder exits, so a crashed process never leaves it stuck.
/// The lock file itself stays in place (deleting it would let two holders in at once).
/// Only a held lock is waited for: any other failure to open the lock file (a read-only file
/// system, a denied permission, a folder in its place) is thrown at once, so the caller can go
/// on without the cache instead of spinning until its deadline.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan ShortestPause = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(25);
    private readonly FileStream stream;

    private FileLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock, or returns null when <paramref name="wait"/> ran out first.</summary>
    /// <exception cref="IOException">The lock file cannot be opened for a reason other than another holder.</exception>
    /// <exception cref="UnauthorizedAccessException">The lock file may not be opened.</exception>
    public static async Task<FileLock?> TryAcquireAsync(string path, TimeSpan wait, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var watch = Stopwatch.StartNew();
        var pause = ShortestPause;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, options));
            }
            catch (IOException e) when (IsHeldByAnother(e))
            {
                if (watch.Elapsed >= wait)
                {
                    return null;
                }
            }

            await Task.Delay(pause + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 3)), cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }

    /// <summary>
    /// True for the one error that means "locked": <c>EWOULDBLOCK</c> from <c>flock</c> on Unix
    /// (errno 11 on Linux, 35 on macOS and the BSDs) or a sharing or lock violation on Windows.
    /// </summary>
    private static bool IsHeldByAnother(IOException e)
    {
        const int SharingViolation = unchecked((int)0x80070020);
        const int LockViolation = unchecked((int)0x80070021);
        if (e.GetType() != typeof(IOException))
        {
            // FileNotFound, DirectoryNotFound, PathTooLong, ...: never a held lock.
            return false;
        }

        if (OperatingSystem.IsWindows())
        {
            return e.HResult is SharingViolation or LockViolation;
        }

        return e.HResult == (OperatingSystem.IsLinux() || OperatingSystem.IsAndroid() ? 11 : 35);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => stream.Dispose();
}
