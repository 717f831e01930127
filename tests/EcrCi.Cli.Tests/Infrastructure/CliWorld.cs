using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Infrastructure;

/// <summary>
/// The real parts every process spec shares: the Docker engine, the ECR emulator (reached only
/// through AWS_ENDPOINT_URL_ECR) and two real registries that accept its password, one per
/// account. Specs read the emulator's counters as differences, so they share one world.
/// </summary>
public sealed class CliWorld : IAsyncLifetime
{
    public const string Region = "eu-west-1";
    public const string FirstAccount = "111111111111";
    public const string SecondAccount = "222222222222";

    public EcrEmulator Emulator { get; private set; } = null!;

    public LocalRegistry First { get; private set; } = null!;

    public LocalRegistry Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = CliBinary.AppHost;
        await DockerEngine.EnsureAvailableAsync();
        Emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
        First = await LocalRegistry.StartAsync("AWS", Emulator.Password);
        Second = await LocalRegistry.StartAsync("AWS", Emulator.Password);
        Emulator.MapRegistry(FirstAccount, First.Host);
        Emulator.MapRegistry(SecondAccount, Second.Host);
    }

    public async Task DisposeAsync()
    {
        if (Second is not null)
        {
            await Second.DisposeAsync();
        }

        if (First is not null)
        {
            await First.DisposeAsync();
        }

        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }

    public Sandbox NewSandbox() => new(Emulator);

    /// <summary>The alias entry that maps the first registry to the first account.</summary>
    public string FirstAlias => $"{First.Host}={FirstAccount}@{Region}";

    public string SecondAlias => $"{Second.Host}={SecondAccount}@{Region}";
}

/// <summary>The process specs run one after another in one world, so the emulator's counters and switches are theirs alone.</summary>
[CollectionDefinition(Name)]
public sealed class CliCollection : ICollectionFixture<CliWorld>
{
    public const string Name = "ecr-login processes";
}
