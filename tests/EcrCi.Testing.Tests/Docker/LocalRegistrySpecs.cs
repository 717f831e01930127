using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace EcrCi.Testing.Tests;

/// <summary>The local distribution registry with htpasswd authentication.</summary>
public sealed class LocalRegistrySpecs
{
    [Fact]
    public async Task Registry_asks_for_credentials_and_accepts_only_its_own()
    {
        var password = Guid.NewGuid().ToString("N");
        await using var registry = await LocalRegistry.StartAsync("AWS", password);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, registry, null));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, registry, "AWS:" + password));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(http, registry, "AWS:wrong"));
        Assert.Matches(@"^127\.0\.0\.1:\d+$", registry.Host);
        Assert.Equal("AWS", registry.Username);
    }

    [Fact]
    public async Task Registry_accepts_an_emulator_password()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        await using var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(http, registry, "AWS:" + emulator.Password));
    }

    [Fact]
    public async Task Disposed_registry_stops_listening()
    {
        var registry = await LocalRegistry.StartAsync("AWS", "throwaway-password");
        var host = registry.Host;

        await registry.DisposeAsync();

        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri($"http://{host}/v2/")));
    }

    [Fact]
    public async Task Two_registries_run_side_by_side()
    {
        await using var first = await LocalRegistry.StartAsync("AWS", "first-password");
        await using var second = await LocalRegistry.StartAsync("AWS", "second-password");

        Assert.NotEqual(first.Host, second.Host);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, LocalRegistry registry, string? basic)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://{registry.Host}/v2/"));
        if (basic is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
