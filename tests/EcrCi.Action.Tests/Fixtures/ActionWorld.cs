using EcrCi.Action.Tests.Simulation;
using EcrCi.Testing;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>
/// The shared real parts (<see cref="EcrWorld"/>, with the emulator on HTTP and HTTPS) plus the
/// emulator's GitHub OIDC and STS side (ActionWorld.Roles.cs).
/// It starts the native publish in the background, so that the process and container specs find
/// it ready.
/// </summary>
public sealed partial class ActionWorld : EcrWorld, IAsyncLifetime
{
    /// <summary>The one key pair of this test run (in-process steps read it from the process environment).</summary>
    public static SigV4Credential Credential { get; } = SigV4Credential.CreateRandom();

    /// <summary>The system's trusted authorities plus the emulator's test authority, for <c>SSL_CERT_FILE</c>.</summary>
    public string TrustBundle { get; } = Path.Combine(Path.GetTempPath(), $"ecr-login-action-trust-{Guid.NewGuid():N}.pem");

    public async Task InitializeAsync()
    {
        ActionBinary.StartPublishing();
        await StartAsync(new EcrEmulatorOptions { Credentials = [Credential], Tls = true });
        Emulator.CertificateAuthority!.WriteTrustBundle(TrustBundle);
        TrustRoles();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        ActionBinary.StopPublishing();
        File.Delete(TrustBundle);
        await DisposeAsync();
    }

    /// <summary>A job whose AWS environment reaches the emulator over plain HTTP through the standard variables.</summary>
    internal SimulatedJob NewJob(params string[] registries)
    {
        var job = new SimulatedJob();
        job.Env["AWS_ACCESS_KEY_ID"] = Credential.AccessKeyId;
        job.Env["AWS_SECRET_ACCESS_KEY"] = Credential.SecretAccessKey;
        job.Env["AWS_REGION"] = Region;
        job.Env["AWS_ENDPOINT_URL_ECR"] = Emulator.Endpoint.ToString();
        job.Env["AWS_ENDPOINT_URL_ECR_PUBLIC"] = Emulator.Endpoint.ToString();
        job.Env["AWS_EC2_METADATA_DISABLED"] = "true";
        if (registries.Length > 0)
        {
            job.With["registries"] = string.Join(',', registries);
        }

        return job;
    }

    /// <summary>The same job over HTTPS, trusting the system bundle plus the test authority (for a separate process only).</summary>
    internal SimulatedJob NewTlsJob(params string[] registries)
    {
        var job = NewJob(registries);
        job.Env["AWS_ENDPOINT_URL_ECR"] = Emulator.TlsEndpoint!.ToString();
        job.Env["SSL_CERT_FILE"] = TrustBundle;
        return job;
    }
}

[CollectionDefinition(Name)]
public sealed class ActionWorldCollection : ICollectionFixture<ActionWorld>
{
    public const string Name = "action world";
}
