using System.Net;

namespace EcrCi.Aws;

/// <summary>
/// The proxy for AWS calls: an explicit URL wins; otherwise .NET's default proxy, which
/// reads <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c>, <c>ALL_PROXY</c> and <c>NO_PROXY</c>.
/// </summary>
internal static class ProxySettings
{
    public static IWebProxy? For(Uri? explicitProxy, AwsEnvironment environment)
    {
        if (explicitProxy is null)
        {
            return null;
        }

        var bypass = (environment.Get("NO_PROXY") ?? environment.Get("no_proxy") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ToBypassPattern)
            .ToArray();
        return new WebProxy(explicitProxy, false, bypass);
    }

    public static Uri Parse(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw Errors.EcrLoginException.Input($"The proxy '{value}' is not valid: expected a URL such as http://proxy.example.com:3128.");

    private static string ToBypassPattern(string entry)
    {
        var host = entry.TrimStart('*').TrimStart('.');
        return $"(^|\\.){System.Text.RegularExpressions.Regex.Escape(host)}$";
    }
}
