using System.Net;
using System.Net.Http.Headers;
using Amazon;
using Amazon.Runtime.Signing;
using EcrCi.Aws;
using EcrCi.Errors;
using EcrCi.Logging;
using Polly;
using Polly.Timeout;

namespace EcrCi.Tokens;

/// <summary>
/// Calls <c>GetAuthorizationToken</c> over <see cref="HttpClient"/>, signed by AWSSDK.Core's
/// SigV4 handler, with Polly retries (jittered exponential backoff), a per-attempt timeout and
/// an overall deadline.
/// </summary>
/// <param name="transport">The shared HTTP transport.</param>
/// <param name="credentials">The signing credentials.</param>
/// <param name="retry">Attempts, delays, timeouts and mode.</param>
/// <param name="log">The operation's log.</param>
/// <param name="limiter">The operation's client-side rate limiter (adaptive retry mode), shared by its calls; null for none.</param>
/// <param name="userAgent">The User-Agent header of every call.</param>
/// <param name="clock">The operation's signing clock, shared by its calls, so that one skew refusal corrects them all.</param>
internal sealed class TokenClient(HttpMessageHandler transport, ResolvedCredentials credentials, RetrySettings retry, RedactingLog log, AdaptiveRateLimiter? limiter, string userAgent, SigningClock clock)
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/x-amz-json-1.1");


    public async Task<IReadOnlyList<AuthorizationToken>> GetAsync(TokenRequest request, CancellationToken cancellationToken)
    {
        var attempts = 0;
        AwsError? lastError = null;
        var started = DateTimeOffset.UtcNow;
        var pipeline = BuildPipeline(request);
        try
        {
            return await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    try
                    {
                        return await SendOnceAsync(request, token);
                    }
                    catch (RetryableTokenFailure failure)
                    {
                        lastError = failure.Error;
                        throw;
                    }
                },
                cancellationToken);
        }
        catch (RetryableTokenFailure failure)
        {
            throw AwsErrorTranslator.Translate(failure.Error, request.IsPublic, credentials.Source, attempts);
        }
        catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested && lastError is not null)
        {
            // The deadline ended a run of throttling or server errors: say what ECR kept answering, not "no answer".
            var answered = AwsErrorTranslator.Translate(lastError, request.IsPublic, credentials.Source, attempts);
            throw new EcrLoginException(answered.Kind,
                $"Gave up after {attempts} attempt(s) over {(DateTimeOffset.UtcNow - started).TotalSeconds:0.#} s (the deadline is {retry.Deadline.TotalSeconds:0.#} s); the last answer was {lastError.Code}. {answered.Message}", e)
            { Attempts = attempts, AwsErrorCode = lastError.Code, Option = answered.Option };
        }
        catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EcrLoginException(EcrErrorKind.Timeout,
                $"No answer from {request.Endpoint} after {attempts} attempt(s) (each may take {retry.AttemptTimeout.TotalSeconds:0.#} s, all together {retry.Deadline.TotalSeconds:0.#} s): check the network, the proxy (HTTPS_PROXY) and the endpoint, or raise the timeouts.", e)
            { Attempts = attempts };
        }
        catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested && !TransientFailures.IsTransient(e))
        {
            throw new EcrLoginException(EcrErrorKind.Network, $"Could not reach {request.Endpoint}: {log.Redactor.Redact(e.Message)}. {Advice(e.HttpRequestError)}", e)
            { Attempts = attempts };
        }
        catch (Exception e) when (e is HttpRequestException or HttpIOException && !cancellationToken.IsCancellationRequested)
        {
            throw new EcrLoginException(EcrErrorKind.Network,
                $"Could not reach {request.Endpoint} after {attempts} attempt(s): {log.Redactor.Redact(e.Message)}. Check DNS, the proxy (HTTPS_PROXY, NO_PROXY), the endpoint override (AWS_ENDPOINT_URL_ECR) and the trusted certificates.", e)
            { Attempts = attempts };
        }
    }

    private static string Advice(HttpRequestError error) => error switch
    {
        HttpRequestError.SecureConnectionError => "The TLS handshake failed: check the trusted certificates (SSL_CERT_FILE, a corporate proxy's authority) and the endpoint.",
        HttpRequestError.ProxyTunnelError or HttpRequestError.UserAuthenticationError => "The proxy refused the connection: check the proxy URL, its user and password, and NO_PROXY.",
        HttpRequestError.NameResolutionError => "The host name does not resolve: check the region, the endpoint override (AWS_ENDPOINT_URL_ECR) and DNS.",
        _ => "Check the network, the proxy (HTTPS_PROXY, NO_PROXY) and the endpoint override (AWS_ENDPOINT_URL_ECR).",
    };

    private ResiliencePipeline BuildPipeline(TokenRequest request) => RetryPipeline.Build(
        retry,
        e => e switch
        {
            RetryableTokenFailure { Error.IsThrottling: true } => RetryPipeline.Failure.Throttled,
            RetryableTokenFailure or HttpIOException => RetryPipeline.Failure.Transient,
            HttpRequestException http when TransientFailures.IsTransient(http) => RetryPipeline.Failure.Transient,
            _ => RetryPipeline.Failure.Permanent,
        },
        (attempt, delay, reason) => log.Warning("{Api} attempt {Attempt} at {Endpoint} failed ({Reason}); retrying in {Delay} ms",
            request.Target, attempt, request.Endpoint.ToString(), reason, (int)delay.TotalMilliseconds));

    private async Task<IReadOnlyList<AuthorizationToken>> SendOnceAsync(TokenRequest request, CancellationToken cancellationToken)
    {
        var (status, headerCode, serverDate, body) = await PostAsync(request, cancellationToken);
        if (status != HttpStatusCode.OK && AwsError.Read(status, headerCode, body) is var skewed && AwsErrorTranslator.IsClockSkew(skewed)
            && serverDate is { } date && clock.Correct(date, log, request.Endpoint))
        {
            // Signed again with AWS's time, as the SDKs do after a skew error; once per attempt.
            (status, headerCode, serverDate, body) = await PostAsync(request, cancellationToken);
        }

        if (status != HttpStatusCode.OK)
        {
            var error = AwsError.Read(status, headerCode, body);
            if (error.IsRetryable)
            {
                throw new RetryableTokenFailure(error);
            }

            throw AwsErrorTranslator.Translate(error, request.IsPublic, credentials.Source, 1);
        }

        IReadOnlyList<AuthorizationToken> tokens = request.IsPublic
            ? [TokenResponseReader.ReadPublic(body, request.PublicHost)]
            : TokenResponseReader.ReadPrivate(body, request.Region);
        if (serverDate is { } now && SigningClock.OffsetOf(now) is { } offset)
        {
            // Expiry is judged by this machine's clock from here on (the cache, the helper, the outputs): move it onto that clock.
            log.Warning("This machine's clock is {Seconds} s off ECR's: the token's expiry is moved onto the local clock. Synchronise the clock (NTP).", (int)offset.TotalSeconds);
            tokens = [.. tokens.Select(token => token with { ExpiresAt = token.ExpiresAt - offset })];
        }

        foreach (var token in tokens)
        {
            log.Redactor.Add(token);
        }

        return tokens;
    }

    private async Task<(HttpStatusCode Status, string? HeaderCode, DateTimeOffset? ServerDate, byte[] Body)> PostAsync(TokenRequest request, CancellationToken cancellationToken)
    {
        if (limiter is not null)
        {
            await limiter.AcquireAsync(cancellationToken);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, request.Endpoint);
        message.Headers.TryAddWithoutValidation("X-Amz-Target", request.Target);
        message.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        message.Content = new ByteArrayContent(request.Body());
        message.Content.Headers.ContentType = JsonContentType;

        // The signing handler wraps the shared transport; it must not dispose it.
#pragma warning disable CA2000
        var signer = new SigV4SigningHandler(
            new AWSSigV4Parameters { Credentials = credentials.Credentials, Region = RegionEndpoint.GetBySystemName(request.Region), Service = request.Service, SignedAt = clock.SigningTime },
            transport);
#pragma warning restore CA2000
        using var client = new HttpMessageInvoker(signer, disposeHandler: false);
        using var response = await client.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headerCode = response.Headers.TryGetValues("X-Amzn-Errortype", out var values) ? values.FirstOrDefault() : null;
        if (limiter is not null)
        {
            var throttled = response.StatusCode != HttpStatusCode.OK && AwsError.Read(response.StatusCode, headerCode, body).IsThrottling;
            limiter.Record(throttled);
            if (throttled && limiter.FillRate is { } rate)
            {
                log.Debug("Adaptive retry mode: limiting {Endpoint} to {Rate} calls a second after throttling", request.Endpoint.ToString(), Math.Round(rate, 2));
            }
        }

        return (response.StatusCode, headerCode, response.Headers.Date, body);
    }

    /// <summary>A throttling or server answer that the retry strategy handles.</summary>
    private sealed class RetryableTokenFailure(AwsError error) : Exception(error.Code)
    {
        public AwsError Error { get; } = error;
    }
}
