namespace EcrCi.Testing.Tests;

/// <summary>The counters and the request journal.</summary>
public sealed class EcrEmulatorJournalSpecs
{
    [Fact]
    public async Task Counters_count_every_call_whatever_its_answer()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);
        emulator.ThrottleNext(1);

        await client.PrivateAsync();
        await client.PrivateAsync();
        await client.PublicAsync();
        await client.SendAsync("Nope.Nothing", "ecr", "eu-west-1", "{}");

        Assert.Equal((2, 1, 4), (emulator.PrivateCalls, emulator.PublicCalls, emulator.TotalRequests));
    }

    [Fact]
    public async Task Journal_records_target_region_registry_ids_and_status_in_order()
    {
        await using var emulator = await EcrEmulator.StartAsync();
        using var client = new EmulatorClient(emulator);

        await client.PrivateAsync("""{"registryIds":["111111111111","222222222222"]}""", region: "eu-central-1");
        await client.PublicAsync();
        await client.PrivateAsync("""{"registryIds":["1"]}""");

        var requests = emulator.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal(
            (EmulatorClient.PrivateTarget, "eu-central-1", 200, emulator.AccessKeyId),
            (requests[0].Target, requests[0].Region, requests[0].StatusCode, requests[0].AccessKeyId));
        Assert.Equal(["111111111111", "222222222222"], requests[0].RegistryIds);
        Assert.Equal((EmulatorClient.PublicTarget, "us-east-1", 200), (requests[1].Target, requests[1].Region, requests[1].StatusCode));
        Assert.Empty(requests[1].RegistryIds);
        Assert.Equal(400, requests[2].StatusCode);
        Assert.Empty(requests[2].RegistryIds);
    }
}
