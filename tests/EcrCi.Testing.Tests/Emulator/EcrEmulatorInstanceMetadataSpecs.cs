using System.Text.Json;

namespace EcrCi.Testing.Tests;

/// <summary>IMDSv2: a session token first, then metadata and the instance role's credentials.</summary>
public sealed class EcrEmulatorInstanceMetadataSpecs
{
    private static async Task<(int Status, string Body)> SendAsync(EcrEmulator emulator, HttpMethod method, string path, string? header = null, string? value = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(emulator.Endpoint, path));
        if (header is not null)
            request.Headers.Add(header, value);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> TokenAsync(EcrEmulator emulator)
    {
        var (status, token) = await SendAsync(emulator, HttpMethod.Put, "latest/api/token", "X-aws-ec2-metadata-token-ttl-seconds", "21600");
        Assert.Equal(200, status);
        return token;
    }

    private static Task<(int Status, string Body)> GetAsync(EcrEmulator emulator, string path, string token) =>
        SendAsync(emulator, HttpMethod.Get, path, "X-aws-ec2-metadata-token", token);

    [Fact]
    public async Task The_instance_role_gives_credentials_that_ecr_accepts()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.ServeInstanceProfile("builder", "eu-central-1");
        var token = await TokenAsync(emulator);

        var (_, roles) = await GetAsync(emulator, "latest/meta-data/iam/security-credentials/", token);
        var (_, bare) = await GetAsync(emulator, "latest/meta-data/iam/security-credentials", token);
        var (status, body) = await GetAsync(emulator, $"latest/meta-data/iam/security-credentials/{roles}", token);
        var json = JsonDocument.Parse(body).RootElement;
        using var client = new EmulatorClient(emulator)
        {
            Credential = new SigV4Credential(json.GetProperty("AccessKeyId").GetString()!, json.GetProperty("SecretAccessKey").GetString()!, json.GetProperty("Token").GetString()),
        };

        Assert.Equal(("builder", "builder", 200), (roles, bare, status));
        Assert.Equal(("Success", "AWS-HMAC"), (json.GetProperty("Code").GetString(), json.GetProperty("Type").GetString()));
        Assert.Equal(200, (await client.PrivateAsync()).Status);
        Assert.Equal("imds:builder", emulator.SourceOfLastEcrCall);
    }

    [Fact]
    public async Task Region_identity_document_and_iam_info_are_served()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.ServeInstanceProfile(region: "ap-south-1");
        var token = await TokenAsync(emulator);

        var (_, region) = await GetAsync(emulator, "latest/meta-data/placement/region", token);
        var (_, document) = await GetAsync(emulator, "latest/dynamic/instance-identity/document", token);
        var (_, info) = await GetAsync(emulator, "latest/meta-data/iam/info", token);

        Assert.Equal("ap-south-1", region);
        var identity = JsonDocument.Parse(document).RootElement;
        Assert.Equal(("ap-south-1", "123456789012"), (identity.GetProperty("region").GetString(), identity.GetProperty("accountId").GetString()));
        Assert.EndsWith("instance-profile/ci-instance", JsonDocument.Parse(info).RootElement.GetProperty("InstanceProfileArn").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("forged")]
    public async Task A_get_without_an_issued_token_is_unauthorized(string? token)
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.ServeInstanceProfile();

        var (status, _) = token is null
            ? await SendAsync(emulator, HttpMethod.Get, "latest/meta-data/iam/security-credentials/")
            : await GetAsync(emulator, "latest/meta-data/iam/security-credentials/", token);

        Assert.Equal(401, status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("21601")]
    public async Task A_token_request_without_a_valid_ttl_is_refused(string? ttl)
    {
        await using var emulator = await EcrEmulator.StartAsync();
        emulator.ServeInstanceProfile();

        var (status, _) = ttl is null
            ? await SendAsync(emulator, HttpMethod.Put, "latest/api/token")
            : await SendAsync(emulator, HttpMethod.Put, "latest/api/token", "X-aws-ec2-metadata-token-ttl-seconds", ttl);

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Without_an_instance_profile_metadata_is_not_found()
    {
        await using var emulator = await EcrEmulator.StartAsync();

        var (status, _) = await SendAsync(emulator, HttpMethod.Put, "latest/api/token", "X-aws-ec2-metadata-token-ttl-seconds", "60");

        Assert.Equal(404, status);
        Assert.Equal(1, emulator.ImdsCalls);
    }
}
