using Amazon.Runtime;
using EcrCi.Aws;
using EcrCi.Cache;
using EcrCi.Logging;
using EcrCi.Testing;

namespace EcrCi.Tests.Cache;

/// <summary>An emulator of the cache specs' own (two accepted identities), a cache folder per spec, and a fake clock.</summary>
public sealed class CacheWorld : IAsyncLifetime
{
    public EcrEmulator Emulator { get; private set; } = null!;

    public SigV4Credential Other { get; } = SigV4Credential.CreateRandom();

    public async Task InitializeAsync() =>
        Emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Credentials = [SigV4Credential.CreateRandom(), Other] });

    public async Task DisposeAsync()
    {
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }

    internal EcrAuthOptions Options(TokenCacheOptions? cache, IEcrLogger? logger = null, SigV4Credential? identity = null, IReadOnlyDictionary<string, string?>? variables = null, params string[] registries)
    {
        var environment = new Dictionary<string, string?>
        {
            ["AWS_ENDPOINT_URL_ECR"] = Emulator.Endpoint.ToString(),
            ["AWS_ENDPOINT_URL_ECR_PUBLIC"] = Emulator.Endpoint.ToString(),
            ["AWS_REGION"] = "eu-west-1",
        };
        foreach (var (name, value) in variables ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        var credential = identity ?? Emulator.Options.Credentials[0];
        return new EcrAuthOptions
        {
            Registries = registries,
            Credentials = new BasicAWSCredentials(credential.AccessKeyId, credential.SecretAccessKey),
            EnvironmentVariables = AwsEnvironment.FromDictionary(environment).Get,
            Logger = logger,
            TokenCache = cache is not null,
            TokenCacheDirectory = cache?.Directory,
            TokenCacheRefreshMargin = cache?.RefreshMargin,
            Clock = cache?.Clock,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            RetryMaxDelay = TimeSpan.FromMilliseconds(50),
        };
    }
}
