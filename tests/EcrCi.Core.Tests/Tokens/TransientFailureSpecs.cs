using System.Net.Sockets;
using System.Security.Authentication;
using EcrCi.Tokens;

namespace EcrCi.Tests.Tokens;

/// <summary>
/// Which transport failures every call retries. Temporary DNS answers and reset handshakes
/// cannot be made on loopback, so the classifier is checked with the exceptions .NET raises.
/// </summary>
public class TransientFailureSpecs
{
    private static HttpRequestException Failure(HttpRequestError error, Exception? inner) => new(error, "failed", inner);

    [Fact]
    public void A_dns_server_that_says_try_again_is_retried()
    {
        Assert.True(TransientFailures.IsTransient(Failure(HttpRequestError.NameResolutionError, new SocketException((int)SocketError.TryAgain))));
    }

    [Fact]
    public void A_name_that_does_not_exist_is_not_retried()
    {
        Assert.False(TransientFailures.IsTransient(Failure(HttpRequestError.NameResolutionError, new SocketException((int)SocketError.HostNotFound))));
        Assert.False(TransientFailures.IsTransient(Failure(HttpRequestError.NameResolutionError, null)));
    }

    [Fact]
    public void A_tls_handshake_the_peer_reset_is_retried()
    {
        Assert.True(TransientFailures.IsTransient(Failure(HttpRequestError.SecureConnectionError, new IOException("reset", new SocketException((int)SocketError.ConnectionReset)))));
        Assert.True(TransientFailures.IsTransient(Failure(HttpRequestError.SecureConnectionError, new IOException("Received an unexpected EOF or 0 bytes from the transport stream."))));
    }

    [Fact]
    public void An_untrusted_certificate_is_not_retried()
    {
        Assert.False(TransientFailures.IsTransient(Failure(HttpRequestError.SecureConnectionError, new AuthenticationException("The remote certificate is invalid according to the validation procedure"))));
    }

    [Theory]
    [InlineData(HttpRequestError.ProxyTunnelError)]
    [InlineData(HttpRequestError.UserAuthenticationError)]
    public void A_proxy_that_refuses_is_not_retried(HttpRequestError error)
    {
        Assert.False(TransientFailures.IsTransient(Failure(error, null)));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.ResponseEnded)]
    public void A_dropped_connection_is_retried(HttpRequestError error)
    {
        Assert.True(TransientFailures.IsTransient(Failure(error, new SocketException((int)SocketError.ConnectionRefused))));
    }
}
