namespace EcrCi.Testing.Tests;

/// <summary>ECR's token bucket: credits per account and region, refilled continuously, empty means ThrottlingException.</summary>
public sealed class EcrEmulatorRateLimitSpecs
{
    [Fact]
    public async Task A_full_bucket_serves_its_capacity_then_throttles()
    {
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { RateLimit = new TokenBucket(5, 0.01) });
        using var client = new EmulatorClient(emulator);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PrivateAsync()));

        Assert.Equal(5, responses.Count(r => r.Status == 200));
        Assert.All(responses.Where(r => r.Status != 200), r => Assert.Equal("Rate exceeded", r.AssertError(400, "ThrottlingException")));
        Assert.Equal(3, emulator.BucketThrottled);
    }

    [Fact]
    public async Task Credits_come_back_at_the_refill_rate()
    {
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { RateLimit = new TokenBucket(1, 10) });
        using var client = new EmulatorClient(emulator);

        Assert.Equal(200, (await client.PrivateAsync()).Status);
        Assert.Equal(400, (await client.PrivateAsync()).Status);
        await Task.Delay(TimeSpan.FromMilliseconds(250));

        Assert.Equal(200, (await client.PrivateAsync()).Status);
    }

    [Fact]
    public async Task Each_account_and_region_has_its_own_bucket()
    {
        await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { RateLimit = new TokenBucket(1, 0.01) });
        using var first = new EmulatorClient(emulator);
        using var other = new EmulatorClient(emulator) { Credential = emulator.IssueCredentials("other", temporary: false, account: "210987654321") };

        Assert.Equal(200, (await first.PrivateAsync()).Status);
        Assert.Equal(200, (await first.PrivateAsync(region: "us-east-2")).Status);
        Assert.Equal(200, (await other.PrivateAsync()).Status);
        Assert.Equal(400, (await first.PrivateAsync()).Status);
    }

    [Fact]
    public void The_minimum_for_the_kth_call_is_what_the_bucket_cannot_serve_at_once_over_the_rate()
    {
        var bucket = new TokenBucket(10, 1);

        Assert.Equal(0, bucket.MinimumSecondsFor(10));
        Assert.Equal(30, bucket.MinimumSecondsFor(40));
        Assert.Equal(30, new TokenBucket(50, 5).MinimumSecondsFor(200));
    }
}
