using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Json;
using EcrCi.Tokens;

namespace EcrCi.Hosts;

/// <summary>
/// GitHub Actions' OIDC provider: needs <c>permissions: id-token: write</c>, which gives the
/// job <c>ACTIONS_ID_TOKEN_REQUEST_URL</c> and <c>ACTIONS_ID_TOKEN_REQUEST_TOKEN</c>.
/// </summary>
/// <param name="audience">The token's <c>aud</c> claim.</param>
internal sealed class GitHubOidcTokenSource(string audience) : WebIdentityTokenSource
{
    internal override async Task<string> GetTokenAsync(AwsEnvironment environment, HttpMessageHandler transport, CancellationToken cancellationToken)
    {
        var url = environment.Get("ACTIONS_ID_TOKEN_REQUEST_URL");
        var bearer = environment.Get("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
        if (url is null || bearer is null)
        {
            throw new EcrLoginException(EcrErrorKind.NoCredentials,
                "No GitHub OIDC token can be requested: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set. Give the job 'permissions: id-token: write' (and keep 'contents: read').");
        }

        using var client = new HttpClient(transport, disposeHandler: false);
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{url}{separator}audience={Uri.EscapeDataString(audience)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (!TransientFailures.IsTransient(e))
        {
            throw new EcrLoginException(EcrErrorKind.Network, $"GitHub's OIDC token service could not be reached: {e.Message}. Check the network and the proxy (HTTPS_PROXY, NO_PROXY).", e);
        }
        catch (HttpRequestException e)
        {
            // A dropped connection is worth another attempt within the deadline, like any AWS call.
            throw new TransientCallException($"GitHub's OIDC token service could not be reached: {e.Message}", e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (status is 429 or >= 500)
            {
                // Throttling and server errors are retried by the caller, with a fresh request each time.
                throw new TransientCallException($"GitHub's OIDC token service answered HTTP {status}") { ErrorCode = status == 429 ? "Throttling" : null };
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new EcrLoginException(EcrErrorKind.NoCredentials,
                    $"GitHub refused the OIDC token request (HTTP {(int)response.StatusCode}): check 'permissions: id-token: write' on the job.");
            }

            return ReadValue(body) is { Length: > 0 } token
                ? token
                : throw new EcrLoginException(EcrErrorKind.MalformedResponse, "GitHub's OIDC token answer has no 'value'.");
        }
    }

    private static string? ReadValue(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, CoreJsonContext.Default.OidcTokenJson)?.Value;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>GitHub's OIDC token answer, <c>{"value":"&lt;JWT&gt;"}</c>.</summary>
/// <param name="Value">The token, or null when the answer has none (or not as a string).</param>
internal sealed record OidcTokenJson([property: JsonConverter(typeof(LenientStringConverter))] string? Value = null);
