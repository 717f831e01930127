using Cake.Core.Diagnostics;
using EcrCi.Logging;

namespace Cake.EcrCi.Internal;

/// <summary>
/// Writes the core's events to Cake's log. A template's named holes become Cake's positional
/// ones, so Cake highlights the values as it does its own. The core has already redacted them.
/// </summary>
internal sealed class CakeEcrLogger(ICakeLog log) : IEcrLogger
{
    public void Log(EcrLogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var (verbosity, level) = logEvent.Level switch
        {
            EcrLogLevel.Debug => (Verbosity.Verbose, LogLevel.Verbose),
            EcrLogLevel.Information => (Verbosity.Normal, LogLevel.Information),
            EcrLogLevel.Warning => (Verbosity.Minimal, LogLevel.Warning),
            _ => (Verbosity.Quiet, LogLevel.Error),
        };
        if (log.Verbosity < verbosity)
        {
            return;
        }

        var (format, values) = logEvent.ToCompositeFormat();
        log.Write(verbosity, level, format, [.. values]);
    }
}
