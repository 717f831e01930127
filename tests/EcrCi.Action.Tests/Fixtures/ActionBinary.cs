using System.Runtime.InteropServices;
using EcrCi.Action.Tests.Simulation;
using EcrCi.Testing;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>
/// The action's Native AOT binary, published once per test run into
/// <c>artifacts/action-test/publish</c> and reused while it is newer than every source it is
/// built from. The publish has its own intermediate folder, so it never touches the tree's obj
/// folders; it lands in a fresh folder that replaces the old one only when complete, under a
/// lock file, so an interrupted or concurrent run never leaves a half-written binary. The post
/// step's entrypoint is a link to the binary, as in the image.
/// </summary>
internal static class ActionBinary
{
    private static readonly Lazy<Task<string>> Published = new(() => Task.Run(PublishAsync));
    private static readonly CancellationTokenSource Stopping = new();

    public static string Folder { get; } = Repository.PathOf("artifacts", "action-test", "publish");

    public static string RuntimeIdentifier => RuntimeInformation.OSArchitecture switch
    {
        Architecture.Arm64 => "linux-arm64",
        _ => "linux-x64",
    };

    /// <summary>Starts the publish without waiting for it.</summary>
    public static void StartPublishing() => _ = Published.Value;

    /// <summary>Stops a publish nobody waited for, so that no build outlives the test run.</summary>
    public static void StopPublishing() => Stopping.Cancel();

    /// <summary>The binary's path, once published.</summary>
    public static Task<string> PathAsync() => Published.Value;

    private static async Task<string> PublishAsync()
    {
        var binary = Path.Combine(Folder, "ecr-login-action");
        await using (await AcquireLockAsync())
        {
            if (!IsUpToDate(binary))
            {
                var fresh = Folder + ".new";
                if (Directory.Exists(fresh))
                {
                    Directory.Delete(fresh, recursive: true);
                }

                await RunPublishAsync(fresh);
                File.CreateSymbolicLink(Path.Combine(fresh, "ecr-login-action" + ActionProgram.PostSuffix), "ecr-login-action");
                if (Directory.Exists(Folder))
                {
                    Directory.Delete(Folder, recursive: true);
                }

                Directory.Move(fresh, Folder);
            }
        }

        return binary;
    }

    private static bool IsUpToDate(string binary)
    {
        if (!File.Exists(binary) || !File.Exists(binary + ActionProgram.PostSuffix))
        {
            return false;
        }

        var sources = new[] { "src/EcrCi.Action", "src/EcrCi.Core" }
            .SelectMany(folder => Directory.EnumerateFiles(Repository.PathOf(folder), "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" }.Select(f => Repository.PathOf(f)));
        var newestSource = sources.Max(File.GetLastWriteTimeUtc);
        return File.GetLastWriteTimeUtc(binary) > newestSource;
    }

    private static async Task<FileStream> AcquireLockAsync()
    {
        var path = Repository.PathOf("artifacts", "action-test", ".publish.lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, Stopping.Token);
            }
        }
    }

    private static async Task RunPublishAsync(string output)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        // The test host's own MSBuild variables would point the child build at the wrong SDK parts.
        var publish = await ProcessRunner.RunAsync(
            new ProcessRequest(dotnet, ["publish", Repository.PathOf("src", "EcrCi.Action", "EcrCi.Action.csproj"),
                "-c", "Release", "-r", RuntimeIdentifier, "--artifacts-path", Repository.PathOf("artifacts", "action-test", "build"),
                "-o", output, "-nologo"])
            {
                Environment = ProcessRequest.WithoutMsBuildVariables(),
                WorkingDirectory = Repository.Root,
                Limit = TimeSpan.FromMinutes(20),
            },
            Stopping.Token);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of the action (Native AOT) failed with {publish.ExitCode}:\n{publish.StandardOutput}\n{publish.StandardError}");
        }

        var warnings = publish.StandardOutput.Split('\n').Where(line => line.Contains(": warning ", StringComparison.Ordinal)).ToList();
        if (warnings.Count > 0)
        {
            throw new InvalidOperationException($"the Native AOT publish of the action printed warnings:\n{string.Join('\n', warnings)}");
        }
    }
}
