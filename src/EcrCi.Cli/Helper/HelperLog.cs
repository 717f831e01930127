using System.Globalization;
using EcrCi.Files;
using EcrCi.Logging;

namespace EcrCi.Cli.Helper;

/// <summary>
/// The credential helper's log: Docker shows none of a helper's standard error, so warnings
/// and errors go to <c>credential-helper.log</c> in the cache folder (mode 0600, redacted,
/// kept under 1 MiB by moving the old log to <c>.1</c>). Without a cache folder (no home) there
/// is no log file: never one in a shared temporary folder, where another user could read or plant it.
/// Lines meant for a folder that may not be used go to <paramref name="fallback"/> instead.
/// </summary>
/// <param name="cacheDirectory">The cache folder, already found fit (see <c>TrustedFolder</c>), or null.</param>
/// <param name="fallback">Where lines go without a cache folder (standard error), or null: nowhere.</param>
internal sealed class HelperLog(string? cacheDirectory, TextWriter? fallback = null) : IEcrLogger
{
    public const string FileName = "credential-helper.log";

    /// <summary>The previous log, moved aside when the log grew past 1 MiB.</summary>
    public const string RotatedFileName = FileName + ".1";
    private const long MaxBytes = 1 << 20;

    /// <summary>The cache folder the log lives in, or null when there is none (nothing is logged).</summary>
    public string? Directory { get; } = cacheDirectory;

    public string? Path { get; } = cacheDirectory is null ? null : System.IO.Path.Combine(cacheDirectory, FileName);

    /// <inheritdoc />
    public void Log(EcrLogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Level >= EcrLogLevel.Warning)
        {
            Write(logEvent.Level.ToString().ToLowerInvariant(), logEvent.Render());
        }
    }

    /// <summary>Appends one redacted line; a log that cannot be written is not an error of its own.</summary>
    public void Write(string level, string message)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.UtcNow:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {level} [{Environment.ProcessId}] {message.ReplaceLineEndings(" ")}{Environment.NewLine}");
        if (Directory is null || Path is null)
        {
            fallback?.Write(line);
            fallback?.Flush();
            return;
        }

        try
        {
            OwnerOnlyFiles.EnsureFolder(Directory);

            if (File.Exists(Path) && new FileInfo(Path).Length > MaxBytes)
            {
                File.Move(Path, System.IO.Path.Combine(Directory, RotatedFileName), overwrite: true);
            }

            using var stream = OwnerOnlyFiles.OpenAppend(Path);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(line));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nowhere else to report it: the protocol answer on stdout still says what failed.
        }
    }
}
