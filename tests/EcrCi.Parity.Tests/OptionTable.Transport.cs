using EcrCi.Nuke;
using CakeSettings = Cake.EcrCi.EcrLoginSettings;

namespace EcrCi.Parity.Tests;

public static partial class OptionTable
{
    private static class Endpoints
    {
        public static IReadOnlyList<OptionRow> Rows { get; } =
        [
            new(nameof(EcrAuthOptions.EndpointUrl), new Uri("https://ecr.example.test/"))
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered("AWS_ENDPOINT_URL_ECR in the job's env: block"),
                Nuke = new(_ => _.SetEndpointUrl("https://ecr.example.test/")),
                Cake = new(s => s.EndpointUrl = new Uri("https://ecr.example.test/")),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (AWS_ENDPOINT_URL_ECR)"),
            },
            new(nameof(EcrAuthOptions.UseFips), true)
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered("AWS_USE_FIPS_ENDPOINT in the job's env: block"),
                Nuke = new(_ => _.EnableFips()),
                Cake = new(s => s.UseFips = true),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (AWS_USE_FIPS_ENDPOINT)"),
            },
            new(nameof(EcrAuthOptions.UseDualStack), true)
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered("AWS_USE_DUALSTACK_ENDPOINT in the job's env: block"),
                Nuke = new(_ => _.EnableDualStack()),
                Cake = new(s => s.UseDualStack = true),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (AWS_USE_DUALSTACK_ENDPOINT)"),
            },
            new(nameof(EcrAuthOptions.Proxy), new Uri("http://proxy.example.test:3128/"))
            {
                Action = new([("http-proxy", "http://proxy.example.test:3128")]),
                Nuke = new(_ => _.SetProxy("http://proxy.example.test:3128")),
                Cake = new(s => s.Proxy = new Uri("http://proxy.example.test:3128")),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (HTTPS_PROXY)"),
            },
        ];
    }

    private static class Client
    {
        public static IReadOnlyList<OptionRow> Rows { get; } =
        [
            new(nameof(EcrAuthOptions.ContainerClient), "podman")
            {
                Action = new([("container-client", "podman")]),
                Nuke = new(_ => _.SetContainerClient(ContainerClient.Podman)),
                Cake = new(s => s.ContainerClient = "podman"),
                Cli = new(["--client", "podman"]),
            },
            new(nameof(EcrAuthOptions.ContainerClientPath), "/usr/bin/podman")
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered("the action's image carries its docker; container-client picks another"),
                Nuke = new(_ => _.SetContainerClientPath("/usr/bin/podman")),
                Cake = new(s => s.ContainerClientPath = "/usr/bin/podman"),
                Cli = FrontEndSetting<string[]>.NotOffered(NoCliFlag + " (DOCKER_EXE, PATH)"),
            },
            new(nameof(EcrAuthOptions.DockerConfig), "/tmp/docker-config")
            {
                Action = FrontEndSetting<(string, string)[]>.NotOffered("the action logs in to the job's home; export-docker-config hands it to host steps"),
                Nuke = new(_ => _.SetDockerConfig("/tmp/docker-config")),
                Cake = new(s => s.DockerConfig = "/tmp/docker-config"),
                Cli = new(["--docker-config", "/tmp/docker-config"]),
            },
            new(nameof(EcrAuthOptions.LoginTimeout), TimeSpan.FromSeconds(10))
            {
                Action = new([("login-timeout-seconds", "10")]),
                Nuke = new(_ => _.SetLoginTimeout(TimeSpan.FromSeconds(10))),
                Cake = new(s => s.LoginTimeout = TimeSpan.FromSeconds(10)),
                Cli = new(["--login-timeout-seconds", "10"]),
            },
        ];
    }

    private static FrontEndSetting<Action<CakeSettings>> CakeOnly(Action<CakeSettings> apply) => new(apply);
}
