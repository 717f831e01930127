using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.World;

/// <summary>
/// The real parts the task specs share: the Docker engine, the ECR emulator, two real
/// registries whose htpasswd accepts the emulator's password (one per account id), and the
/// test build program, built once.
/// </summary>
public sealed class NukeWorld : EcrWorld, IAsyncLifetime
{
    public TestBuildProgram Program { get; private set; } = null!;

    /// <summary>The password and the token, which nothing may show.</summary>
    public string[] Secrets => [Emulator.Password, Emulator.AuthorizationToken];

    public async Task InitializeAsync()
    {
        var program = TestBuildProgram.BuildAsync();
        await StartAsync();
        Program = await program;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The standard variables that point a process at the emulator, as a CI job would set them.</summary>
    public Dictionary<string, string?> AwsVariables() => new()
    {
        ["AWS_ENDPOINT_URL_ECR"] = Emulator.Endpoint.ToString(),
        ["AWS_ENDPOINT_URL_ECR_PUBLIC"] = Emulator.Endpoint.ToString(),
        ["AWS_ACCESS_KEY_ID"] = Emulator.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = Emulator.SecretAccessKey,
        ["AWS_REGION"] = Region,
        ["AWS_SESSION_TOKEN"] = null,
        ["AWS_PROFILE"] = null,
        ["AWS_DEFAULT_REGION"] = null,
        ["AWS_ENDPOINT_URL"] = null,
    };
}

[CollectionDefinition(Name)]
public sealed class NukeWorldCollection : ICollectionFixture<NukeWorld>
{
    public const string Name = "Nuke world";
}
