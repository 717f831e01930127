using System.Globalization;
using EcrCi.Files;
using EcrCi.Logging;

namespace EcrCi.Cli.Helper;

/// <summary>
/// The credential helper's log: Docker shows none of a helper's standard error, so warnings
/// and errors go to <c>credential-helper.log</c> in the cache folder (mode 0600, redacted,
/// kept under 1 MiB by moving the old log to <c>.1</c>). Without a cache folder (no home) there
/// is no log: never one in a shared temporary folder, where another user could read or plant it.
/// </summary>
internal sealed class HelperLog(string? cacheDirectory) : IEcrLogger
{
    public const string FileName = "credential-helper.log";
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
        if (Directory is null || Path is null)
        {
            return;
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.UtcNow:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} {level} [{Environment.ProcessId}] {message.ReplaceLineEndings(" ")}{Environment.NewLine}");
        try
        {
            OwnerOnlyFiles.EnsureFolder(Directory);

            if (File.Exists(Path) && new FileInfo(Path).Length > MaxBytes)
            {
                File.Move(Path, Path + ".1", overwrite: true);
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
