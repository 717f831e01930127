using EcrCi.Secrets;

namespace EcrCi.Logging;

/// <summary>The one log path of the core: every value and the template pass the redactor.</summary>
internal sealed class RedactingLog(IEcrLogger? sink)
{
    private readonly IEcrLogger sink = sink ?? NullEcrLogger.Instance;

    public void Debug(string template, params object?[] values) => Write(EcrLogLevel.Debug, template, values);

    public void Information(string template, params object?[] values) => Write(EcrLogLevel.Information, template, values);

    public void Warning(string template, params object?[] values) => Write(EcrLogLevel.Warning, template, values);

    private void Write(EcrLogLevel level, string template, object?[] values)
    {
        var redactor = Redactor.Shared;
        var safe = values.Select(v => v switch
        {
            null => null,
            string s => redactor.Redact(s),
            Secret => Secret.Mask,
            IEnumerable<string> items => items.Select(redactor.Redact).ToArray(),
            DateTimeOffset or TimeSpan or int or long or double or bool => v,
            _ => (object)redactor.Redact(v.ToString()),
        }).ToArray();
        sink.Log(new EcrLogEvent(level, redactor.Redact(template), safe));
    }
}
