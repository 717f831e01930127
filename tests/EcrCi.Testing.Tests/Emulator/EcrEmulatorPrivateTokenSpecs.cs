using System.Text;
using System.Text.RegularExpressions;

namespace EcrCi.Testing.Tests;

/// <summary>The private <c>GetAuthorizationToken</c> (service <c>ecr</c>).</summary>
public sealed class EcrEmulatorPrivateTokenSpecs
{
    [Fact]
    public async Task Private_token_comes_for_each_requested_registry_in_request_order()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.PrivateAsync("""{"registryIds":["222222222222","111111111111"]}""", region: "eu-west-1");

        Assert.Equal(200, response.Status);
        var data = response.Json.GetProperty("authorizationData").EnumerateArray().ToList();
        Assert.Equal(
            ["https://222222222222.dkr.ecr.eu-west-1.amazonaws.com", "https://111111111111.dkr.ecr.eu-west-1.amazonaws.com"],
            data.Select(entry => entry.GetProperty("proxyEndpoint").GetString()));
        Assert.All(data, entry => Assert.Equal(emulator.AuthorizationToken, entry.GetProperty("authorizationToken").GetString()));
        Assert.Equal("AWS:" + emulator.Password, Encoding.ASCII.GetString(Convert.FromBase64String(emulator.AuthorizationToken)));
    }

    [Fact]
    public async Task Empty_body_gets_a_token_for_the_default_account()
    {
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { DefaultAccountId = "333333333333" });
        using var client = new EmulatorClient(emulator);

        var response = await client.PrivateAsync("{}", region: "ap-south-1");

        var entry = Assert.Single(response.Json.GetProperty("authorizationData").EnumerateArray());
        Assert.Equal("https://333333333333.dkr.ecr.ap-south-1.amazonaws.com", entry.GetProperty("proxyEndpoint").GetString());
    }

    [Fact]
    public async Task Mapped_registry_gets_a_plain_http_proxy_endpoint()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.MapRegistry("444444444444", "127.0.0.1:5000");
        using var client = new EmulatorClient(emulator);

        var response = await client.PrivateAsync("""{"registryIds":["444444444444","555555555555"]}""");

        Assert.Equal(
            ["http://127.0.0.1:5000", "https://555555555555.dkr.ecr.eu-west-1.amazonaws.com"],
            response.Json.GetProperty("authorizationData").EnumerateArray().Select(entry => entry.GetProperty("proxyEndpoint").GetString()));
    }

    [Fact]
    public async Task Expiry_is_epoch_seconds_in_the_scientific_notation_aws_sends()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        var before = DateTimeOffset.UtcNow;

        var response = await client.PrivateAsync();

        Assert.Matches(new Regex("\"expiresAt\":1\\.[0-9]+E9,"), response.Body);
        var seconds = response.Json.GetProperty("authorizationData")[0].GetProperty("expiresAt").GetDecimal();
        Assert.Equal(emulator.ExpiresAt!.Value.ToUnixTimeMilliseconds() / 1000m, seconds);
        Assert.InRange(emulator.ExpiresAt.Value, before.AddHours(12).AddSeconds(-1), DateTimeOffset.UtcNow.AddHours(12));
    }

    [Fact]
    public async Task Token_lifetime_follows_the_options()
    {
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { TokenLifetime = TimeSpan.FromMinutes(5) });
        using var client = new EmulatorClient(emulator);

        Assert.Null(emulator.ExpiresAt);
        await client.PrivateAsync();

        Assert.InRange(emulator.ExpiresAt!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("""{"registryIds":["12345678901"]}""", "regular expression pattern: [0-9]{12}")]
    [InlineData("""{"registryIds":["12345678901a"]}""", "regular expression pattern: [0-9]{12}")]
    [InlineData("""{"registryIds":[]}""", "length greater than or equal to 1")]
    [InlineData("""{"registryIds":["100000000001","100000000002","100000000003","100000000004","100000000005","100000000006","100000000007","100000000008","100000000009","100000000010","100000000011"]}""", "length less than or equal to 10")]
    public async Task Bad_registry_ids_are_an_invalid_parameter(string body, string expected)
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        var response = await client.PrivateAsync(body);

        Assert.Contains(expected, response.AssertError(400, "InvalidParameterException"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_is_64_letters_and_digits_and_differs_per_emulator()
    {
        await using var first = await EcrEmulator.StartAsync();
        await using var second = await EcrEmulator.StartAsync();

        Assert.Matches(new Regex("^[A-Za-z0-9]{64}$"), first.Password);
        Assert.NotEqual(first.Password, second.Password);
        Assert.NotEqual(first.AccessKeyId, second.AccessKeyId);
        Assert.StartsWith("http://127.0.0.1:", first.Endpoint.ToString(), StringComparison.Ordinal);
        Assert.Null(first.TlsEndpoint);
        Assert.Equal(40, first.SecretAccessKey.Length);
    }
}
