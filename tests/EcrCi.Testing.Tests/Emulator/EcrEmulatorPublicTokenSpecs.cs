namespace EcrCi.Testing.Tests;

/// <summary>The public <c>GetAuthorizationToken</c> (service <c>ecr-public</c>, us-east-1 only).</summary>
public sealed class EcrEmulatorPublicTokenSpecs
{
    [Fact]
    public async Task Public_token_is_one_object_without_a_proxy_endpoint()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.PublicAsync();

        Assert.Equal(200, response.Status);
        var data = response.Json.GetProperty("authorizationData");
        Assert.Equal(emulator.AuthorizationToken, data.GetProperty("authorizationToken").GetString());
        Assert.Equal(emulator.ExpiresAt!.Value.ToUnixTimeMilliseconds() / 1000m, data.GetProperty("expiresAt").GetDecimal());
        Assert.False(data.TryGetProperty("proxyEndpoint", out _));
    }

    [Fact]
    public async Task Public_token_signed_for_another_region_is_an_invalid_signature()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.PublicAsync(region: "eu-west-1");

        Assert.Contains("valid region", response.AssertError(400, "InvalidSignatureException"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_target_signed_for_the_private_service_is_an_invalid_signature()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.PublicAsync(service: "ecr");

        Assert.Contains("correct service: 'ecr-public'", response.AssertError(400, "InvalidSignatureException"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Private_target_signed_for_the_public_service_is_an_invalid_signature()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.SendAsync(EmulatorClient.PrivateTarget, "ecr-public", "us-east-1", "{}");

        Assert.Contains("correct service: 'ecr'", response.AssertError(400, "InvalidSignatureException"), StringComparison.Ordinal);
    }
}
