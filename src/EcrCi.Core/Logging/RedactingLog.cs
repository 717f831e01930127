using EcrCi.Secrets;

namespace EcrCi.Logging;

/// <summary>The one log path of an operation: every value and the template pass the operation's redactor.</summary>
internal sealed class RedactingLog(IEcrLogger? sink, Redactor redactor)
{
    private readonly IEcrLogger? sink = sink;

    /// <summary>The secrets of the operation this log belongs to.</summary>
    public Redactor Redactor { get; } = redactor;

    public void Debug(string template, params object?[] values) => Write(EcrLogLevel.Debug, template, values);

    public void Information(string template, params object?[] values) => Write(EcrLogLevel.Information, template, values);

    public void Warning(string template, params object?[] values) => Write(EcrLogLevel.Warning, template, values);

    private void Write(EcrLogLevel level, string template, object?[] values)
    {
        if (sink is null)
        {
            return;
        }

        var safe = values.Select(v => v switch
        {
            null => null,
            string s => Redactor.Redact(s),
            Secret => Secret.Mask,
            IEnumerable<string> items => items.Select(Redactor.Redact).ToArray(),
            DateTimeOffset or TimeSpan or int or long or double or bool => v,
            _ => (object)Redactor.Redact(v.ToString()),
        }).ToArray();
        sink.Log(new EcrLogEvent(level, Redactor.Redact(template), safe));
    }
}
