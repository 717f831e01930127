using System.Diagnostics;

namespace EcrCi.Build;

/// <summary>
/// Makes a Linux machine ready for the real tests: installs the Docker engine, the registry and
/// htpasswd from apt when missing, and starts dockerd when no engine answers. Elsewhere it only
/// checks and says what is missing.
/// </summary>
internal static class Machine
{
    private static readonly (string Command, string Package)[] Needed =
        [("dockerd", "docker.io"), ("docker", "docker.io"), ("docker-registry", "docker-registry"), ("htpasswd", "apache2-utils")];

    public static async Task<bool> PrepareAsync()
    {
        var missing = Needed.Where(n => !OnPath(n.Command)).Select(n => n.Package).Distinct().ToArray();
        if (missing.Length > 0)
        {
            if (!OperatingSystem.IsLinux() || Environment.UserName != "root" || !OnPath("apt-get"))
            {
                Console.Error.WriteLine($"missing: {string.Join(", ", missing)}; install them (Debian: apt-get install {string.Join(' ', missing)})");
                return false;
            }

            Console.WriteLine($"installing {string.Join(", ", missing)} with apt-get");
            if (await RunAsync("apt-get", ["update", "-qq"]) != 0
                || await RunAsync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", .. missing], ("DEBIAN_FRONTEND", "noninteractive")) != 0)
            {
                Console.Error.WriteLine("apt-get failed");
                return false;
            }
        }

        if (await RunAsync("docker", ["info", "--format", "{{.ServerVersion}}"], quiet: true) == 0)
        {
            return true;
        }

        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            Console.Error.WriteLine("no Docker engine answers: start one (Docker Desktop, or dockerd as root)");
            return false;
        }

        Console.WriteLine("starting dockerd --iptables=false --bridge=none");
        var log = Path.Combine(Path.GetTempPath(), "ecr-login-dockerd.log");
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"nohup dockerd --iptables=false --bridge=none >'{log}' 2>&1 &");
        using (var shell = Process.Start(start)!)
        {
            await shell.WaitForExitAsync();
        }

        for (var i = 0; i < 120; i++)
        {
            if (await RunAsync("docker", ["info", "--format", "{{.ServerVersion}}"], quiet: true) == 0)
            {
                return true;
            }

            await Task.Delay(500);
        }

        Console.Error.WriteLine($"dockerd did not answer within 60 s; see {log}");
        return false;
    }

    public static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, command)) || File.Exists(Path.Combine(directory, command + ".exe")));

    /// <summary>The release's secrets, removed from the environment of every child that does not need them.</summary>
    public static readonly (string Name, string? Value)[] WithoutSecrets = [("NUGET_API_KEY", null), ("GITHUB_TOKEN", null)];

    /// <summary>Runs a program with its output shown; a null value in <paramref name="environment"/> removes that variable.</summary>
    public static async Task<int> RunAsync(string file, IEnumerable<string> arguments, params (string Name, string? Value)[] environment) =>
        await RunAsync(file, arguments, quiet: false, environment);

    /// <summary>Runs a program, its output shown or swallowed; a null value in <paramref name="environment"/> removes that variable.</summary>
    public static async Task<int> RunAsync(string file, IEnumerable<string> arguments, bool quiet, params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = quiet, RedirectStandardError = quiet };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        try
        {
            using var process = Process.Start(start)!;
            if (quiet)
            {
                _ = process.StandardOutput.ReadToEndAsync();
                _ = process.StandardError.ReadToEndAsync();
            }

            await process.WaitForExitAsync();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 127;
        }
    }
}
