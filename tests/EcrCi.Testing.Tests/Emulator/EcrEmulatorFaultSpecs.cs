using System.Diagnostics;
using System.Text.Json;

namespace EcrCi.Testing.Tests;

/// <summary>The fault switches, settable at any time, from any thread.</summary>
public sealed class EcrEmulatorFaultSpecs
{
    [Fact]
    public async Task ThrottleNext_throttles_exactly_that_many_calls()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.ThrottleNext(2);

        var first = await client.PrivateAsync();
        var second = await client.PublicAsync();
        var third = await client.PrivateAsync();

        Assert.Equal("Rate exceeded", first.AssertError(400, "ThrottlingException"));
        Assert.Equal("Rate exceeded", second.AssertError(400, "ThrottlingException"));
        Assert.Equal(200, third.Status);
    }

    [Fact]
    public async Task ThrottleNext_counts_exactly_under_concurrent_calls()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.ThrottleNext(5);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PrivateAsync()));

        Assert.Equal(5, responses.Count(r => r.Status == 400));
        Assert.Equal(15, responses.Count(r => r.Status == 200));
        Assert.Equal(20, emulator.PrivateCalls);
    }

    [Fact]
    public async Task FailNext_answers_server_exception_then_recovers()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.FailNext(1);

        (await client.PrivateAsync()).AssertError(500, "ServerException");
        Assert.Equal(200, (await client.PrivateAsync()).Status);
    }

    [Fact]
    public async Task FailNext_with_503_answers_service_unavailable()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.FailNext(2, 503);

        (await client.PrivateAsync()).AssertError(503, "ServiceUnavailable");
        (await client.PublicAsync()).AssertError(503, "ServiceUnavailable");
        Assert.Equal(200, (await client.PrivateAsync()).Status);
    }

    [Fact]
    public async Task Delay_holds_every_answer_back()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.Delay = TimeSpan.FromMilliseconds(300);

        var watch = Stopwatch.StartNew();
        var response = await client.PrivateAsync();

        Assert.Equal(200, response.Status);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task MalformedBody_answers_200_with_json_cut_short()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.MalformedBody = true;

        var privateResponse = await client.PrivateAsync();
        var publicResponse = await client.PublicAsync();

        Assert.Equal((200, 200), (privateResponse.Status, publicResponse.Status));
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(privateResponse.Body));
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(publicResponse.Body));
        Assert.StartsWith("""{"authorizationData":""", privateResponse.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccessDenied_names_the_missing_action_of_each_api()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.AccessDenied = true;

        Assert.Equal(
            "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action",
            (await client.PrivateAsync()).AssertError(400, "AccessDeniedException"));
        Assert.Contains("perform: ecr-public:GetAuthorizationToken on resource", (await client.PublicAsync()).AssertError(400, "AccessDeniedException"), StringComparison.Ordinal);

        emulator.AccessDenied = false;
        Assert.Equal(200, (await client.PrivateAsync()).Status);
    }

    [Fact]
    public async Task ExpiredToken_answers_expired_token()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.ExpiredToken = true;

        Assert.Equal("The security token included in the request is expired", (await client.PrivateAsync()).AssertError(400, "ExpiredTokenException"));
    }

    [Fact]
    public async Task Fault_switches_refuse_nonsense()
    {
        await using var emulator = await EcrEmulator.StartAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.FailNext(1, 404));
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.FailNext(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.ThrottleNext(-1));
        Assert.Throws<ArgumentException>(() => emulator.MapRegistry("12345", "127.0.0.1:5000"));
    }
}
