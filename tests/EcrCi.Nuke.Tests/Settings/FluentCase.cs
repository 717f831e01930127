namespace EcrCi.Nuke.Tests.Settings;

/// <summary>One fluent call: the settings it starts from, the call, and what it must change.</summary>
/// <param name="Method">The method's name as the API spells it.</param>
/// <param name="Start">The settings the call is made on.</param>
/// <param name="Call">The call.</param>
/// <param name="Read">Reads the setting the call changes, as text.</param>
/// <param name="Expected">The value the copy must have.</param>
public sealed record FluentCase(string Method, EcrLoginSettings Start, Func<EcrLoginSettings, EcrLoginSettings> Call, Func<EcrLoginSettings, string?> Read, string? Expected)
{
    public static EcrLoginSettings Empty { get; } = new();

    public static EcrLoginSettings Full { get; } = new()
    {
        Registries = ["111111111111", "222222222222"],
        Region = "eu-west-1",
        Public = true,
        Profile = "ci",
        RoleToAssume = "arn:aws:iam::111111111111:role/ci",
        WebIdentityTokenFile = "/tmp/token",
        RoleSessionName = "session",
        RoleDuration = TimeSpan.FromHours(2),
        RoleChaining = true,
        RoleExternalId = "ext-1",
        InlineSessionPolicy = "{}",
        ManagedSessionPolicies = ["arn:aws:iam::aws:policy/A", "arn:aws:iam::aws:policy/B"],
        AllowedAccountIds = ["111111111111", "222222222222"],
        EndpointUrl = new Uri("https://ecr.example.test/"),
        Fips = true,
        DualStack = true,
        Proxy = new Uri("http://proxy.example.test:3128/"),
        RetryAttempts = 3,
        RetryMode = RetryMode.Adaptive,
        AttemptTimeout = TimeSpan.FromSeconds(5),
        RetryDeadline = TimeSpan.FromSeconds(20),
        ContainerClient = ContainerClient.Podman,
        ContainerClientPath = "/usr/bin/podman",
        DockerConfig = "/tmp/docker",
        LoginTimeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>A settings snapshot as text, to prove the original did not change.</summary>
    public static string Snapshot(EcrLoginSettings settings) => settings + "|" + string.Join(",", settings.Registries);
}
