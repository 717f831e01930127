#:project ../../../src/EcrCi.Testing/EcrCi.Testing.csproj
#:property TreatWarningsAsErrors=true
#:property NoWarn=$(NoWarn);CS1591

// Starts the ECR emulator (HTTP and HTTPS) and one real registry mapped to account
// 111111111111, writes the variables a client needs to the file given as the first argument
// (KEY=VALUE lines: a trust bundle of the system's authorities plus the test authority for
// SSL_CERT_FILE), and runs until that file is deleted. The benchmark script sources the file.
using EcrCi.Testing;

var envFile = args.Length > 0 ? Path.GetFullPath(args[0]) : throw new ArgumentException("usage: dotnet run WorldHost.cs -- ENV-FILE");
await DockerEngine.EnsureAvailableAsync();
await using var emulator = await EcrEmulator.StartAsync(new EcrEmulatorOptions { Tls = true });
await using var registry = await LocalRegistry.StartAsync("AWS", emulator.Password);
emulator.MapRegistry("111111111111", registry.Host);
var bundle = Path.Combine(Path.GetDirectoryName(envFile)!, "trust-bundle.pem");
emulator.CertificateAuthority!.WriteTrustBundle(bundle);
File.WriteAllLines(envFile,
[
    $"EMULATOR_HTTP={emulator.Endpoint}",
    $"EMULATOR_HTTPS={emulator.TlsEndpoint}",
    $"TRUST_BUNDLE={bundle}",
    $"REGISTRY_HOST={registry.Host}",
    $"AWS_ACCESS_KEY_ID={emulator.AccessKeyId}",
    $"AWS_SECRET_ACCESS_KEY={emulator.SecretAccessKey}",
    "AWS_REGION=eu-west-1",
]);
Console.WriteLine($"emulator {emulator.Endpoint} / {emulator.TlsEndpoint}, registry {registry.Host}; delete {envFile} to stop");
while (File.Exists(envFile))
{
    await Task.Delay(200);
}

Console.WriteLine($"stopped after {emulator.PrivateCalls} token calls");
