using System.Net;
using System.Text.RegularExpressions;
using EcrCi.Secrets;

namespace EcrCi.Aws;

/// <summary>
/// The proxy for AWS calls: an explicit URL wins; otherwise .NET's default proxy, which
/// reads <c>HTTPS_PROXY</c>, <c>HTTP_PROXY</c>, <c>ALL_PROXY</c> and <c>NO_PROXY</c>. A user and
/// password in the URL become the proxy's credentials (never part of the address .NET shows in
/// its errors) and are registered with the operation's redactor, decoded and as written; so are those of the
/// proxy variables .NET reads by itself.
/// </summary>
internal static class ProxySettings
{
    /// <summary>The proxy variables .NET reads, in both casings.</summary>
    private static readonly string[] ProxyVariables = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"];

    public static IWebProxy? For(Uri? explicitProxy, AwsEnvironment environment, Redactor redactor)
    {
        foreach (var password in PasswordsOf(explicitProxy, environment))
        {
            redactor.AddGiven(password);
        }

        if (explicitProxy is null)
        {
            // .NET's default proxy reads the variables itself; their passwords are registered above.
            return null;
        }

        var bypass = (environment.Get("NO_PROXY") ?? environment.Get("no_proxy") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ToBypassPattern)
            .ToArray();
        var address = new UriBuilder(explicitProxy) { UserName = string.Empty, Password = string.Empty }.Uri;
        return new WebProxy(address, false, bypass) { Credentials = CredentialsOf(explicitProxy) };
    }

    /// <summary>
    /// The proxy passwords in force, as written and decoded: the explicit proxy's, else those of
    /// the proxy variables .NET reads. Registered for redaction (and masked by the Action) before
    /// any call, since .NET names the proxy, user info included, in its errors.
    /// </summary>
    public static IEnumerable<string> PasswordsOf(Uri? explicitProxy, AwsEnvironment environment)
    {
        var proxies = explicitProxy is not null
            ? [explicitProxy]
            : ProxyVariables
                .Select(name => environment.Get(name))
                .Select(value => value is not null && Uri.TryCreate(value.Contains("://", StringComparison.Ordinal) ? value : "http://" + value, UriKind.Absolute, out var proxy) ? proxy : null)
                .OfType<Uri>()
                .ToList();
        return proxies
            .Select(proxy => UserAndPassword(proxy).RawPassword)
            .Where(raw => raw.Length > 0)
            .SelectMany(raw => new[] { raw, Uri.UnescapeDataString(raw) })
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static NetworkCredential? CredentialsOf(Uri proxy)
    {
        if (string.IsNullOrEmpty(proxy.UserInfo))
        {
            return null;
        }

        var (rawUser, rawPassword) = UserAndPassword(proxy);
        return new NetworkCredential(Uri.UnescapeDataString(rawUser), Uri.UnescapeDataString(rawPassword));
    }

    private static (string RawUser, string RawPassword) UserAndPassword(Uri proxy)
    {
        var colon = proxy.UserInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (proxy.UserInfo, string.Empty) : (proxy.UserInfo[..colon], proxy.UserInfo[(colon + 1)..]);
    }

    /// <summary>
    /// A NO_PROXY entry as the regular expression <see cref="WebProxy"/> matches against
    /// <c>scheme://host[:port]</c>: <c>*</c> bypasses everything; <c>example.com</c> and
    /// <c>.example.com</c> the domain and its subdomains; <c>host:port</c> only that port.
    /// </summary>
    internal static string ToBypassPattern(string entry)
    {
        if (entry == "*")
        {
            return ".*";
        }

        var host = entry.TrimStart('*').TrimStart('.');
        var colon = host.LastIndexOf(':');
        var port = colon > 0 && host[(colon + 1)..].All(char.IsAsciiDigit) ? host[colon..] : null;
        if (port is not null)
        {
            host = host[..colon];
        }

        return $"^[a-z]+://([^/]*\\.)?{Regex.Escape(host.ToLowerInvariant())}{(port is null ? "(:[0-9]+)?" : Regex.Escape(port))}$";
    }
}
