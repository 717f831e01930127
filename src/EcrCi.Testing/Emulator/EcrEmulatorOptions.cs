namespace EcrCi.Testing;

/// <summary>How an <see cref="EcrEmulator"/> is set up.</summary>
public sealed record EcrEmulatorOptions
{
    /// <summary>
    /// The credentials whose signatures the emulator accepts; when empty (the default) the
    /// emulator makes one random long-term pair, exposed as <see cref="EcrEmulator.AccessKeyId"/>
    /// and <see cref="EcrEmulator.SecretAccessKey"/>.
    /// </summary>
    public IReadOnlyList<SigV4Credential> Credentials { get; init; } = [];

    /// <summary>The caller's account, whose registry a body of <c>{}</c> gets a token for.</summary>
    public string DefaultAccountId { get; init; } = "123456789012";

    /// <summary>How long an issued token lives: <c>expiresAt</c> is the time of the call plus this (12 hours, as at AWS).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>ECR's token-bucket throttle per account and region, or null (the default) for none; <see cref="EcrEmulator.RateLimit"/> changes it later.</summary>
    public TokenBucket? RateLimit { get; init; }

    /// <summary>Whether to serve HTTPS too, on <see cref="EcrEmulator.TlsEndpoint"/>, with a certificate from a new <see cref="TestCertificateAuthority"/>.</summary>
    public bool Tls { get; init; }
}
