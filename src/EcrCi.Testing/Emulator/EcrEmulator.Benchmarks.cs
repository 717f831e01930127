namespace EcrCi.Testing;

/// <summary>The variables a benchmarked process needs to reach this emulator the way users reach ECR.</summary>
public sealed partial class EcrEmulator
{
    /// <summary>
    /// Variables for a child process that calls this emulator over TLS with the first key pair:
    /// the trust bundle (system store plus the test authority), the endpoint, the keys, a region
    /// and a Docker config folder of its own.
    /// </summary>
    public Dictionary<string, string?> TlsClientVariables(string trustBundle, string dockerConfig) => new()
    {
        ["SSL_CERT_FILE"] = trustBundle,
        ["AWS_ENDPOINT_URL_ECR"] = (TlsEndpoint ?? throw new InvalidOperationException("The emulator serves no TLS: start it with a certificate authority.")).ToString(),
        ["AWS_ACCESS_KEY_ID"] = AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = SecretAccessKey,
        ["AWS_REGION"] = "eu-west-1",
        ["DOCKER_CONFIG"] = dockerConfig,
    };
}
