namespace EcrCi.Testing;

/// <summary>
/// The real parts end-to-end specs share: the Docker engine, the ECR emulator, and two real
/// registries whose htpasswd accepts the emulator's password, mapped to one account each, so
/// a login through the emulator lands in a registry a real <c>docker push</c> can use.
/// </summary>
public class EcrWorld : IAsyncDisposable
{
    /// <summary>The account whose proxy endpoint is <see cref="First"/>.</summary>
    public const string FirstAccount = "111111111111";

    /// <summary>The account whose proxy endpoint is <see cref="Second"/>.</summary>
    public const string SecondAccount = "222222222222";

    /// <summary>The region the specs use.</summary>
    public const string Region = "eu-west-1";

    /// <summary>The ECR emulator.</summary>
    public EcrEmulator Emulator { get; private set; } = null!;

    /// <summary>The registry of <see cref="FirstAccount"/>.</summary>
    public LocalRegistry First { get; private set; } = null!;

    /// <summary>The registry of <see cref="SecondAccount"/>.</summary>
    public LocalRegistry Second { get; private set; } = null!;

    /// <summary>Checks the engine, then starts the emulator and both registries.</summary>
    public async Task StartAsync(EcrEmulatorOptions? options = null)
    {
        await DockerEngine.EnsureAvailableAsync();
        Emulator = await EcrEmulator.StartAsync(options);
        First = await LocalRegistry.StartAsync("AWS", Emulator.Password);
        Second = await LocalRegistry.StartAsync("AWS", Emulator.Password);
        Emulator.MapRegistry(FirstAccount, First.Host);
        Emulator.MapRegistry(SecondAccount, Second.Host);
    }

    /// <summary>Stops whatever was started.</summary>
    public async ValueTask DisposeAsync()
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

        GC.SuppressFinalize(this);
    }
}
