using Amazon.Runtime;
using EcrCi.Aws;
using EcrCi.Logging;
using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

/// <summary>The shared real parts (<see cref="EcrWorld"/>), with options that reach the emulator as users would.</summary>
public sealed class RegistryWorld : EcrWorld, IAsyncLifetime
{
    public Task InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Options that reach the emulator only through the standard endpoint variable.</summary>
    public EcrAuthOptions Options(string dockerConfig, IEcrLogger? logger = null, params string[] registries) =>
        ForEmulator(Emulator, dockerConfig, logger, registries);

    public static EcrAuthOptions ForEmulator(EcrEmulator emulator, string? dockerConfig, IEcrLogger? logger, params string[] registries) => new()
    {
        Registries = registries,
        Region = Region,
        Credentials = new BasicAWSCredentials(emulator.AccessKeyId, emulator.SecretAccessKey),
        DockerConfig = dockerConfig,
        Logger = logger,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
        EnvironmentVariables = AwsEnvironment.FromDictionary(new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_ECR"] = emulator.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_ECR_PUBLIC"] = emulator.Endpoint.ToString(),
            ["PATH"] = Environment.GetEnvironmentVariable("PATH"),
            ["HOME"] = Environment.GetEnvironmentVariable("HOME"),
        }).Get,
    };
}

/// <summary>Collects every event the core logs.</summary>
public sealed class CapturingLogger : IEcrLogger
{
    private readonly List<EcrLogEvent> events = [];

    public IReadOnlyList<EcrLogEvent> Events
    {
        get
        {
            lock (events)
            {
                return [.. events];
            }
        }
    }

    public string AllText => string.Join('\n', Events.Select(e => $"{e.Level} {e.Template} {e.Render()} {string.Join('|', e.Values)}"));

    public void Log(EcrLogEvent logEvent)
    {
        lock (events)
        {
            events.Add(logEvent);
        }
    }
}

/// <summary>A Docker config folder of a test's own, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ecr-login-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
