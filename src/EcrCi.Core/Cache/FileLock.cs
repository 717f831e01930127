using System.Diagnostics;

namespace EcrCi.Cache;

/// <summary>
/// A cross-process lock: a lock file opened with <see cref="FileShare.None"/> (an exclusive
/// <c>flock</c> on Unix, a sharing lock on Windows), retried until it is free. The operating
/// system releases it when the holder exits, so a crashed process never leaves it stuck.
/// The lock file itself stays in place (deleting it would let two holders in at once).
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan ShortestPause = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(25);
    private readonly FileStream stream;

    private FileLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock, or returns null when <paramref name="wait"/> ran out first.</summary>
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
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not FileNotFoundException and not DirectoryNotFoundException)
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

    /// <summary>Releases the lock.</summary>
    public void Dispose() => stream.Dispose();
}
