using System.Text.Json;

namespace EcrCi.Testing.Tests;

/// <summary>The container credentials endpoint of ECS and EKS Pod Identity.</summary>
public sealed class EcrEmulatorContainerCredentialsSpecs
{
    private static async Task<(int Status, string Body)> GetAsync(EcrEmulator emulator, string? authorization)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, emulator.ContainerCredentialsUri);
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_authorization_token_gives_credentials_that_ecr_accepts()
    {
        await using var emulator = await EcrEmulator.StartAsync();

        var (status, body) = await GetAsync(emulator, emulator.ContainerAuthorizationToken);
        var json = JsonDocument.Parse(body).RootElement;
        using var client = new EmulatorClient(emulator)
        {
            Credential = new SigV4Credential(json.GetProperty("AccessKeyId").GetString()!, json.GetProperty("SecretAccessKey").GetString()!, json.GetProperty("Token").GetString()),
        };

        Assert.Equal(200, status);
        Assert.StartsWith("arn:aws:iam::123456789012:role/", json.GetProperty("RoleArn").GetString(), StringComparison.Ordinal);
        Assert.True(json.TryGetProperty("Expiration", out _));
        Assert.Equal(200, (await client.PrivateAsync()).Status);
        Assert.Equal("container", emulator.SourceOfLastEcrCall);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task A_missing_or_wrong_authorization_is_unauthorized(string? authorization)
    {
        await using var emulator = await EcrEmulator.StartAsync();

        var (status, _) = await GetAsync(emulator, authorization);

        Assert.Equal(401, status);
        Assert.Equal(1, emulator.ContainerCalls);
    }

    [Fact]
    public async Task Authorization_can_be_turned_off_as_for_the_relative_uri_of_ecs()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.RequireContainerAuthorization = false;

        var (status, _) = await GetAsync(emulator, null);

        Assert.Equal(200, status);
    }
}
