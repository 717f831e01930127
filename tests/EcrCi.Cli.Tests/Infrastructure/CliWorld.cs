using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Infrastructure;

/// <summary>
/// The real parts every process spec shares: the Docker engine, the ECR emulator (reached only
/// through AWS_ENDPOINT_URL_ECR) and two real registries that accept its password, one per
/// account. Specs read the emulator's counters as differences, so they share one world.
/// </summary>
public sealed class CliWorld : EcrWorld, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        _ = CliBinary.AppHost;
        await StartAsync(new EcrEmulatorOptions { Tls = true });
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

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
