using EcrCi.Cli.Tests.Infrastructure;

namespace EcrCi.Cli.Tests.Helper;

[Collection(CliCollection.Name)]
public class HelperTlsSpecs(CliWorld world)
{
    [Fact]
    public async Task Over_HTTPS_the_helper_trusts_the_bundle_named_by_SSL_CERT_FILE()
    {
        using var sandbox = world.NewSandbox();
        var bundle = Path.Combine(sandbox.Root, "trust.pem");
        world.Emulator.CertificateAuthority!.WriteTrustBundle(bundle);
        sandbox.Variables["AWS_ENDPOINT_URL_ECR"] = world.Emulator.TlsEndpoint!.ToString();
        sandbox.Variables["SSL_CERT_FILE"] = bundle;
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;

        var result = await sandbox.HelperAsync("get", world.First.Host);

        Assert.True(result.ExitCode == 0, result.StandardOutput);
        Assert.Contains(world.Emulator.Password, result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_HTTPS_an_untrusted_certificate_is_refused()
    {
        using var sandbox = world.NewSandbox();
        sandbox.Variables["AWS_ENDPOINT_URL_ECR"] = world.Emulator.TlsEndpoint!.ToString();
        sandbox.Variables["ECR_LOGIN_REGISTRY_MAP"] = world.FirstAlias;
        var calls = world.Emulator.PrivateCalls;

        var result = await sandbox.HelperAsync("get", world.First.Host);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Could not reach", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(calls, world.Emulator.PrivateCalls);
    }
}
