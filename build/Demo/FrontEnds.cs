using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using EcrCi.Logging;

namespace EcrCi.Build.Demo;

/// <summary>Each front end's main job, run the way its users run it.</summary>
internal static class FrontEnds
{
    public static readonly (string Name, Func<DemoWorld, Task<FrontEndResult>> Run)[] All =
    [
        ("core", CoreAsync),
        ("cli", CliAsync),
        ("action", ActionAsync),
        ("nuke", NukeAsync),
        ("cake", CakeAsync),
    ];

    private static async Task<FrontEndResult> CoreAsync(DemoWorld world)
    {
        var config = world.Folder("core");
        var result = await EcrAuth.LoginAsync(new EcrAuthOptions
        {
            Registries = [DemoWorld.Account],
            Region = DemoWorld.Region,
            Credentials = new BasicAWSCredentials(world.Emulator.AccessKeyId, world.Emulator.SecretAccessKey),
            DockerConfig = config,
            Logger = new ConsoleLogger(),
            EnvironmentVariables = name => name == "AWS_ENDPOINT_URL_ECR" ? world.Emulator.Endpoint.ToString() : Environment.GetEnvironmentVariable(name),
        });
        return new FrontEndResult("core", result.Tokens[0].Host, Time(result.ExpiresAt), await world.PushAsync(config, "core"));
    }

    private static async Task<FrontEndResult> CliAsync(DemoWorld world)
    {
        var config = world.Folder("cli");
        var variables = world.AwsVariables();
        variables["ECR_LOGIN_CACHE_DIR"] = world.Folder("cli-cache");
        await RunAsync("dotnet", ["run", "--project", Project("src/EcrCi.Cli"), "--", "login", DemoWorld.Account, "--docker-config", config], variables);
        return new FrontEndResult("cli", world.RegistryHost, Time(world.Emulator.ExpiresAt), await world.PushAsync(config, "cli"));
    }

    private static async Task<FrontEndResult> ActionAsync(DemoWorld world)
    {
        var runnerTemp = world.Folder("runner");
        var files = new[] { "output", "state", "env", "summary" }.ToDictionary(f => f, f => Path.Combine(runnerTemp, f));
        foreach (var file in files.Values)
        {
            await File.WriteAllTextAsync(file, string.Empty);
        }

        var variables = world.AwsVariables();
        variables["INPUT_REGISTRIES"] = DemoWorld.Account;
        variables["INPUT_MASK-PASSWORD"] = "true";
        variables["HOME"] = world.Folder("action-home");
        variables["RUNNER_TEMP"] = runnerTemp;
        variables["GITHUB_OUTPUT"] = files["output"];
        variables["GITHUB_STATE"] = files["state"];
        variables["GITHUB_ENV"] = files["env"];
        variables["GITHUB_STEP_SUMMARY"] = files["summary"];
        variables["GITHUB_ACTIONS"] = "true";
        await RunAsync("dotnet", ["run", "--project", Project("src/EcrCi.Action"), "--"], variables);
        var outputs = await File.ReadAllTextAsync(files["output"]);
        Console.WriteLine($"  outputs written: {string.Join(", ", outputs.Split('\n').Where(l => l.Contains("<<", StringComparison.Ordinal)).Select(l => l[..l.IndexOf("<<", StringComparison.Ordinal)]))}");
        return new FrontEndResult("action", world.RegistryHost, Time(world.Emulator.ExpiresAt), await world.PushAsync(Path.Combine(variables["HOME"], ".docker"), "action"));
    }

    private static async Task<FrontEndResult> NukeAsync(DemoWorld world)
    {
        var config = world.Folder("nuke");
        var variables = world.AwsVariables();
        variables["DOCKER_CONFIG"] = config;
        await RunAsync("dotnet", ["run", "--project", Project("tests/EcrCi.Nuke.TestBuild"), "--", "Login", "--registries", DemoWorld.Account], variables);
        return new FrontEndResult("nuke", world.RegistryHost, Time(world.Emulator.ExpiresAt), await world.PushAsync(config, "nuke"));
    }

    private static async Task<FrontEndResult> CakeAsync(DemoWorld world)
    {
        var workspace = world.Folder("cake");
        var config = world.Folder("cake-docker");
        var version = string.Create(CultureInfo.InvariantCulture, $"0.0.0-demo.{DateTime.UtcNow:yyyyMMddHHmmss}");
        var feed = world.Folder("cake-feed");
        await RunAsync("dotnet", ["pack", Project("src/EcrCi.Cake"), "-c", "Release", "-o", feed, $"-p:Version={version}", $"-p:ArtifactsPath={world.Folder("cake-artifacts")}", "--nologo", "-v", "quiet"], []);
        await File.WriteAllTextAsync(Path.Combine(workspace, "nuget.config"),
            $"<configuration><packageSources><add key=\"demo\" value=\"{feed}\" /></packageSources></configuration>");
        Directory.CreateDirectory(Path.Combine(workspace, ".config"));
        File.Copy(Path.Combine(Repository.Root, ".config", "dotnet-tools.json"), Path.Combine(workspace, ".config", "dotnet-tools.json"));
        await File.WriteAllTextAsync(Path.Combine(workspace, "build.cake"), $$"""
            #addin nuget:?package=Cake.EcrCi&version={{version}}&loaddependencies=true
            Task("Login").Does(() =>
            {
                var login = EcrLogin(new EcrLoginSettings { Registries = { "{{DemoWorld.Account}}" } });
                Information("Cake logged in to {0} until {1:u}", login.Registries[0].Host, login.ExpiresAt);
            });
            RunTarget("Login");
            """);
        var variables = world.AwsVariables();
        variables["DOCKER_CONFIG"] = config;
        await RunAsync("dotnet", ["tool", "restore"], variables, workspace);
        try
        {
            await RunAsync("dotnet", ["cake", "build.cake"], variables, workspace);
        }
        finally
        {
            var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "cake.ecrci", version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        return new FrontEndResult("cake", world.RegistryHost, Time(world.Emulator.ExpiresAt), await world.PushAsync(config, "cake"));
    }

    private static string Project(string relative) => Path.Combine(Repository.Root, relative);

    private static string Time(DateTimeOffset? time) => time?.ToString("u", CultureInfo.InvariantCulture) ?? "-";

    private static async Task RunAsync(string file, string[] arguments, Dictionary<string, string> variables, string? directory = null)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, WorkingDirectory = directory ?? Repository.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments.Take(4))} exited with {process.ExitCode}");
        }
    }

    private sealed class ConsoleLogger : IEcrLogger
    {
        public void Log(EcrLogEvent logEvent) => Console.WriteLine($"  [{logEvent.Level}] {logEvent.Render()}");
    }
}
