using EcrCi.Nuke.TestBuild.Benchmark;
using Serilog;

namespace EcrCi.Nuke.TestBuild;

/// <summary>A build as a Nuke user writes one: parameters, and targets whose bodies call <see cref="EcrTasks"/>.</summary>
internal sealed class Build
{
    [Parameter("registries")]
    private readonly string[] registries = [];

    [Parameter("region")]
    private readonly string? region = null;

    [Parameter("client")]
    private readonly ContainerClient client = ContainerClient.Docker;

    [Parameter("role")]
    private readonly string? role = null;

    [Parameter("token-file")]
    private readonly string? tokenFile = null;

    [Parameter("image")]
    private readonly string? image = null;

    [Parameter("iterations")]
    private readonly int iterations = 30;

    private Target Login => _ => _
        .Description("Logs docker in to the registries")
        .Executes(() =>
        {
            var login = EcrTasks.EcrLogin(_ => Configured(_));
            Log.Information("Logged in to {Registries}, valid until {ExpiresAt}", login.Tokens.Select(t => t.Host), login.ExpiresAt);
        });

    private Target Push => _ => _
        .Description("Logs in, then pushes an image with docker")
        .Executes(() =>
        {
            var login = EcrTasks.EcrLogin(_ => Configured(_));
            Log.Information("Pushing {Image} to {Registry}", image, login.Tokens[0].Host);
            DockerCli.Run("push", image ?? throw new InvalidOperationException("Pass --image host/repository:tag."));
        });

    private Target Logout => _ => _
        .Executes(() => EcrTasks.EcrLogout(_ => Configured(_)));

    private Target Token => _ => _
        .Executes(() =>
        {
            var result = EcrTasks.EcrGetAuthorizationToken(_ => region is null ? _.SetRegistries(registries) : _.SetRegistries(registries).SetRegion(region));
            Log.Information("Tokens {Tokens}", result.Tokens);
        });

    private Target Password => _ => _
        .Executes(() =>
        {
            var password = EcrTasks.EcrGetLoginPassword(_ => _.SetRegistries(registries));
            Log.Information("The password is {Password}, {Length} characters", password, password.Reveal().Length);
        });

    private Target Benchmark => _ => _
        .Description("Starts the emulator over TLS and three registries, then times EcrLogin in a child run of BenchmarkMeasure")
        .Executes(() => BenchmarkHost.Run(iterations));

    private Target BenchmarkMeasure => _ => _
        .Executes(() => Measurement.Run(registries, iterations));

    private EcrLoginSettings Configured(EcrLoginSettings settings)
    {
        settings = settings.SetRegistries(registries).SetContainerClient(client);
        if (role is not null)
        {
            settings = settings.SetRoleToAssume(role);
            settings = tokenFile is null ? settings : settings.SetWebIdentityTokenFile(tokenFile);
        }

        return region is null ? settings : settings.SetRegion(region);
    }
}
