namespace EcrCi.Testing;

/// <summary>
/// Signs requests with SigV4 for tests, on the same canonicalization as <see cref="SigV4Verifier"/>
/// (no AWS SDK), so the emulator can be driven without the client it is meant to test.
/// </summary>
/// <param name="credential">The key pair; its session token, if any, is sent as <c>X-Amz-Security-Token</c>.</param>
/// <param name="region">The region of the credential scope, such as <c>us-east-1</c>.</param>
/// <param name="service">The service of the credential scope, such as <c>ecr</c>.</param>
public sealed class SigV4TestSigner(SigV4Credential credential, string region, string service)
{
    /// <summary>
    /// Adds <c>X-Amz-Date</c>, <c>X-Amz-Security-Token</c> (for temporary credentials) and
    /// <c>Authorization</c> to <paramref name="request"/>, replacing earlier ones.
    /// </summary>
    /// <param name="request">The request to sign.</param>
    /// <param name="signedAt">The signing time.</param>
    /// <param name="signedHeaders">
    /// The lower-case header names to sign, in order; every header present when <see langword="null"/>.
    /// A session token left out of this list is added after signing, unsigned.
    /// </param>
    /// <returns>The signed copy.</returns>
    public SigV4Request Sign(SigV4Request request, DateTimeOffset signedAt, IReadOnlyList<string>? signedHeaders = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var amzDate = SigV4Canonical.FormatDate(signedAt);
        var signing = request.WithHeader("X-Amz-Date", amzDate);
        signing = signing with { Headers = [.. signing.Headers.Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))] };
        var tokenSigned = signedHeaders is null || signedHeaders.Contains("x-amz-security-token");
        if (credential.SessionToken is not null && tokenSigned)
            signing = signing.WithHeader("X-Amz-Security-Token", credential.SessionToken);

        var names = signedHeaders ?? [.. signing.Headers.Select(h => h.Key.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];
        var authorization = new SigV4Authorization(credential.AccessKeyId, amzDate[..8], region, service, names, "");
        var canonicalRequest = SigV4Canonical.CanonicalRequest(signing, names);
        var stringToSign = SigV4Canonical.StringToSign(amzDate, authorization.Scope, canonicalRequest);
        authorization = authorization with { Signature = SigV4Canonical.Signature(credential.SecretAccessKey, authorization.Scope, stringToSign) };

        var signed = signing.WithHeader("Authorization", authorization.Format());
        if (credential.SessionToken is not null && !tokenSigned)
            signed = signed.WithHeader("X-Amz-Security-Token", credential.SessionToken);
        return signed;
    }

    /// <summary>
    /// Signs an <see cref="HttpRequestMessage"/> in place: its host, <c>Content-Type</c> and
    /// every <c>X-Amz-*</c> header are signed, with the body as the payload.
    /// </summary>
    /// <param name="message">The request to sign; its <see cref="HttpRequestMessage.RequestUri"/> must be absolute.</param>
    /// <param name="signedAt">The signing time; now when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>A task that completes when the headers are set.</returns>
    public async Task SignAsync(HttpRequestMessage message, DateTimeOffset? signedAt = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var uri = message.RequestUri is { IsAbsoluteUri: true } absolute
            ? absolute
            : throw new ArgumentException("The request needs an absolute URI.", nameof(message));
        var body = message.Content is null ? [] : await message.Content.ReadAsByteArrayAsync(cancellationToken);

        var headers = new List<KeyValuePair<string, string>>
        {
            new("Host", message.Headers.Host ?? (uri.IsDefaultPort ? uri.IdnHost : $"{uri.IdnHost}:{uri.Port}")),
        };
        if (message.Content?.Headers.ContentType is { } contentType)
            headers.Add(new("Content-Type", contentType.ToString()));
        foreach (var (name, values) in message.Headers)
        {
            if (name.StartsWith("X-Amz-", StringComparison.OrdinalIgnoreCase))
                headers.AddRange(values.Select(value => new KeyValuePair<string, string>(name, value)));
        }

        var request = new SigV4Request(message.Method.Method, uri.AbsolutePath, uri.Query.TrimStart('?'), headers, body);
        var signed = Sign(request, signedAt ?? DateTimeOffset.UtcNow);
        foreach (var name in new[] { "X-Amz-Date", "X-Amz-Security-Token", "Authorization" })
        {
            message.Headers.Remove(name);
            foreach (var value in signed.HeaderValues(name))
                message.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
