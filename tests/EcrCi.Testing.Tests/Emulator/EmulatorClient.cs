using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace EcrCi.Testing.Tests;

/// <summary>Sends signed <c>GetAuthorizationToken</c> calls to an emulator with <see cref="SigV4TestSigner"/>.</summary>
internal sealed class EmulatorClient(EcrEmulator emulator, HttpMessageHandler? handler = null) : IDisposable
{
    public const string PrivateTarget = "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken";
    public const string PublicTarget = "SpencerFrontendService.GetAuthorizationToken";

    private readonly HttpClient http = handler is null ? new HttpClient() : new HttpClient(handler);

    public SigV4Credential Credential { get; init; } = emulator.Options.Credentials[0];

    public Uri Endpoint { get; init; } = emulator.Endpoint;

    public Task<EmulatorResponse> PrivateAsync(string body = "{}", string region = "eu-west-1", DateTimeOffset? signedAt = null) =>
        SendAsync(PrivateTarget, "ecr", region, body, signedAt);

    public Task<EmulatorResponse> PublicAsync(string region = "us-east-1", string service = "ecr-public") =>
        SendAsync(PublicTarget, service, region, "{}");

    public async Task<EmulatorResponse> SendAsync(
        string? target, string service, string region, string body, DateTimeOffset? signedAt = null, bool sign = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/x-amz-json-1.1")),
        };
        request.Content.Headers.ContentType!.CharSet = null;
        if (target is not null)
            request.Headers.Add("X-Amz-Target", target);
        if (sign)
            await new SigV4TestSigner(Credential, region, service).SignAsync(request, signedAt);

        using var response = await http.SendAsync(request);
        var errorType = response.Headers.TryGetValues("X-Amzn-Errortype", out var values) ? values.Single() : null;
        return new EmulatorResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(), errorType);
    }

    public void Dispose() => http.Dispose();
}

/// <summary>An emulator's answer.</summary>
internal sealed record EmulatorResponse(int Status, string Body, string? ErrorType)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string? ErrorCode => Json.TryGetProperty("__type", out var type) ? type.GetString() : null;

    public string? Message => Json.TryGetProperty("message", out var message) ? message.GetString() : null;

    /// <summary>Asserts an AWS error: status, code in body and header, and returns the message.</summary>
    public string AssertError(int status, string code)
    {
        Assert.Equal((status, code, code), (Status, ErrorCode, ErrorType));
        return Message!;
    }
}
