using System.Text.Json;

namespace EcrCi.Testing.Tests;

/// <summary>The IAM Identity Center portal's <c>GET /federation/credentials</c>.</summary>
public sealed class EcrEmulatorSsoSpecs
{
    private static async Task<(int Status, string Body, string? ErrorType)> GetAsync(EcrEmulator emulator, string? token, string account = "111122223333", string role = "Developer")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.Endpoint, $"federation/credentials?account_id={account}&role_name={role}"));
        if (token is not null)
            request.Headers.Add("x-amz-sso_bearer_token", token);
        using var response = await http.SendAsync(request);
        var type = response.Headers.TryGetValues("x-amzn-ErrorType", out var values) ? values.Single() : null;
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), type);
    }

    [Fact]
    public async Task A_registered_token_buys_role_credentials_that_ecr_accepts()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.RegisterSsoToken("cached-token", "111122223333", "Developer");

        var (status, body, _) = await GetAsync(emulator, "cached-token");
        var role = JsonDocument.Parse(body).RootElement.GetProperty("roleCredentials");
        var credential = new SigV4Credential(role.GetProperty("accessKeyId").GetString()!, role.GetProperty("secretAccessKey").GetString()!, role.GetProperty("sessionToken").GetString());
        using var client = new EmulatorClient(emulator) { Credential = credential };

        Assert.Equal(200, status);
        Assert.True(role.GetProperty("expiration").GetInt64() > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal(200, (await client.PrivateAsync()).Status);
        Assert.Equal("sso:111122223333/Developer", emulator.SourceOfLastEcrCall);
        Assert.Equal("111122223333", emulator.AccountOf(credential.AccessKeyId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("expired-or-unknown")]
    public async Task A_missing_or_unknown_token_is_unauthorized(string? token)
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.RegisterSsoToken("cached-token", "111122223333", "Developer");

        var (status, body, type) = await GetAsync(emulator, token);

        Assert.Equal((401, "UnauthorizedException"), (status, type));
        Assert.Equal("Session token not found or invalid", JsonDocument.Parse(body).RootElement.GetProperty("message").GetString());
        Assert.Equal(1, emulator.SsoCalls);
    }

    [Fact]
    public async Task A_token_for_another_role_is_forbidden()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.RegisterSsoToken("cached-token", "111122223333", "Developer");

        var (status, _, type) = await GetAsync(emulator, "cached-token", role: "Admin");

        Assert.Equal((403, "ForbiddenException"), (status, type));
    }
}
