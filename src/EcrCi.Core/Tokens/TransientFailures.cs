using System.Net.Sockets;
using System.Security.Authentication;

namespace EcrCi.Tokens;

/// <summary>
/// Which transport failures of an HTTPS call are worth another attempt, for every call (ECR,
/// STS, the CI system's OIDC token): dropped connections, protocol hiccups, a DNS server that
/// answered "try again" (<c>EAI_AGAIN</c>) and a TLS handshake the peer reset. A name that does
/// not exist, a certificate that is not trusted and a proxy that refused the user are permanent:
/// another attempt would fail the same way.
/// </summary>
internal static class TransientFailures
{
    /// <summary>True when <paramref name="failure"/> may pass on its own (see the type's summary).</summary>
    /// <param name="failure">A failed request.</param>
    public static bool IsTransient(HttpRequestException failure) => failure.HttpRequestError switch
    {
        HttpRequestError.Unknown or HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded or HttpRequestError.HttpProtocolError => true,
        HttpRequestError.NameResolutionError => Find<SocketException>(failure) is { SocketErrorCode: SocketError.TryAgain },
        HttpRequestError.SecureConnectionError => Find<AuthenticationException>(failure) is null && IsReset(failure),
        _ => false,
    };

    /// <summary>A TLS handshake the peer or the network cut short: a reset socket or an unexpected end of stream, not a refused certificate.</summary>
    private static bool IsReset(Exception failure) =>
        Find<SocketException>(failure) is { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.TimedOut }
        || Find<IOException>(failure) is { InnerException: null or SocketException };

    private static T? Find<T>(Exception failure)
        where T : Exception
    {
        for (var inner = failure.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is T match)
            {
                return match;
            }
        }

        return null;
    }
}
