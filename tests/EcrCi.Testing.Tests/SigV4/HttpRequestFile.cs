using System.Text;

namespace EcrCi.Testing.Tests;

/// <summary>
/// Reads the raw HTTP files of the SigV4 test suite (<c>.req</c>, <c>.sreq</c>): a request line
/// whose target may hold spaces, headers whose values may continue on indented lines and whose
/// names may repeat, then an optional blank line and body.
/// </summary>
internal static class HttpRequestFile
{
    public static SigV4Request Parse(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = blank < 0 ? text : text[..blank];
        var body = blank < 0 ? "" : text[(blank + 2)..];
        var lines = head.Split('\n');

        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ', StringComparison.Ordinal)];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(' ')];
        var question = target.IndexOf('?', StringComparison.Ordinal);

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1).Where(line => line.Length > 0))
        {
            if (line[0] is ' ' or '\t')
            {
                // A folded line continues the previous header's value (RFC 7230 obs-fold: one space).
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + line.Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(line[..colon], line[(colon + 1)..]));
        }

        return new SigV4Request(
            method,
            question < 0 ? target : target[..question],
            question < 0 ? "" : target[(question + 1)..],
            headers,
            Encoding.UTF8.GetBytes(body));
    }
}
