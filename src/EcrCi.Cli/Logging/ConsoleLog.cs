using EcrCi.Logging;

namespace EcrCi.Cli.Logging;

/// <summary>Writes the core's (already redacted) log events to standard error, one line each.</summary>
/// <param name="minimum">The lowest level shown.</param>
internal sealed class ConsoleLog(EcrLogLevel minimum) : IEcrLogger
{
    /// <summary>Debug with <c>--verbose</c>, warnings only with <c>--quiet</c>, else information.</summary>
    public static ConsoleLog For(bool verbose, bool quiet) =>
        new(verbose ? EcrLogLevel.Debug : quiet ? EcrLogLevel.Warning : EcrLogLevel.Information);

    /// <inheritdoc />
    public void Log(EcrLogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (logEvent.Level < minimum)
        {
            return;
        }

        var prefix = logEvent.Level switch
        {
            EcrLogLevel.Debug => "debug: ",
            EcrLogLevel.Warning => "warning: ",
            EcrLogLevel.Error => "error: ",
            _ => string.Empty,
        };
        Console.Error.WriteLine($"{prefix}{logEvent.Render()}");
    }
}
