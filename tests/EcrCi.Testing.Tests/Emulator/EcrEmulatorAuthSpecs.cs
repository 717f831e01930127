namespace EcrCi.Testing.Tests;

/// <summary>Every call is SigV4-verified against the emulator's credentials.</summary>
public sealed class EcrEmulatorAuthSpecs
{
    [Fact]
    public async Task Wrong_secret_is_an_invalid_signature()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator) { Credential = new(emulator.AccessKeyId, "not-the-secret") };

        var response = await client.PrivateAsync();

        Assert.StartsWith("The request signature we calculated does not match", response.AssertError(400, "InvalidSignatureException"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_access_key_is_an_unrecognized_client()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator) { Credential = new("AKIAUNKNOWNUNKNOWN00", emulator.SecretAccessKey) };

        var response = await client.PrivateAsync();

        Assert.Equal("The security token included in the request is invalid.", response.AssertError(400, "UnrecognizedClientException"));
    }

    [Fact]
    public async Task Skewed_clock_is_an_expired_signature()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.PrivateAsync(signedAt: DateTimeOffset.UtcNow.AddMinutes(-20));

        Assert.StartsWith("Signature expired: ", response.AssertError(400, "InvalidSignatureException"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_call_is_an_incomplete_signature()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.SendAsync(EmulatorClient.PrivateTarget, "ecr", "eu-west-1", "{}", sign: false);

        response.AssertError(400, "IncompleteSignatureException");
    }

    [Fact]
    public async Task Unknown_target_is_an_unknown_operation()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.SendAsync("AmazonEC2ContainerRegistry_V20150921.DescribeRepositories", "ecr", "eu-west-1", "{}");

        response.AssertError(400, "UnknownOperationException");
    }

    [Fact]
    public async Task Temporary_credentials_need_their_session_token()
    {
        var temporary = new SigV4Credential("ASIATEMPORARY0000001", "temporary-secret", "temporary-token");
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Credentials = [temporary] });
        using var withToken = new EmulatorClient(emulator);
        using var withoutToken = new EmulatorClient(emulator) { Credential = temporary with { SessionToken = null } };

        Assert.Equal(200, (await withToken.PrivateAsync()).Status);
        (await withoutToken.PrivateAsync()).AssertError(400, "UnrecognizedClientException");
        Assert.Equal("temporary-token", emulator.SessionToken);
    }

    [Fact]
    public async Task Any_of_several_credentials_is_accepted()
    {
        var first = SigV4Credential.CreateRandom();
        var second = SigV4Credential.CreateRandom();
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Credentials = [first, second] });
        using var client = new EmulatorClient(emulator) { Credential = second };

        Assert.Equal(200, (await client.PrivateAsync()).Status);
        Assert.Equal(second.AccessKeyId, emulator.Requests.Single().AccessKeyId);
    }
}
