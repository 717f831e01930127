using System.Runtime.InteropServices;

namespace EcrCi.Testing;

/// <summary>
/// A Native AOT binary of one of the suite's executables, published once per test run into
/// <c>artifacts/&lt;name&gt;/publish</c> and reused while it is newer than every source it is built
/// from. The publish has its own intermediate folder, so it never touches the tree's obj
/// folders; it lands in a fresh folder that replaces the old one only when complete, under a
/// lock file, so an interrupted or concurrent run never leaves a half-written binary. A publish
/// that prints a trimming or AOT warning fails: the binary would not be the one users get.
/// </summary>
/// <param name="project">The project under <c>src/</c> (<c>EcrCi.Cli</c>).</param>
/// <param name="executable">The binary's file name (<c>ecr-login</c>).</param>
/// <param name="artifacts">The folder under <c>artifacts/</c> it is published into.</param>
/// <param name="extraArguments">More <c>dotnet publish</c> arguments (<c>-p:PublishAot=true</c>).</param>
/// <param name="finish">Completes the fresh folder before it replaces the old one (a link beside the binary), or null.</param>
public sealed class NativeBinary(string project, string executable, string artifacts, IReadOnlyList<string> extraArguments, Action<string>? finish = null)
{
    private readonly Lazy<Task<string>> published = new(() => Task.Run(() => PublishAsync(project, executable, artifacts, extraArguments, finish)));
    private static readonly CancellationTokenSource Stopping = new();

    /// <summary>The repository root (the folder holding EcrCi.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The runtime the binaries are published for: this machine's.</summary>
    public static string RuntimeIdentifier => RuntimeInformation.OSArchitecture switch
    {
        Architecture.Arm64 => "linux-arm64",
        _ => "linux-x64",
    };

    /// <summary>The folder the binary lands in.</summary>
    public string Folder => Path.Combine(Root, "artifacts", artifacts, "publish");

    /// <summary>Starts the publish without waiting for it.</summary>
    public void StartPublishing() => _ = published.Value;

    /// <summary>Stops every publish nobody waited for, so that no build outlives the test run.</summary>
    public static void StopPublishing() => Stopping.Cancel();

    /// <summary>The binary's path, once published.</summary>
    public Task<string> PathAsync() => published.Value;

    private static async Task<string> PublishAsync(string project, string executable, string artifacts, IReadOnlyList<string> extraArguments, Action<string>? finish)
    {
        var folder = Path.Combine(Root, "artifacts", artifacts, "publish");
        var binary = Path.Combine(folder, executable);
        await using (await AcquireLockAsync(artifacts))
        {
            if (!IsUpToDate(binary, project))
            {
                var fresh = folder + ".new";
                if (Directory.Exists(fresh))
                {
                    Directory.Delete(fresh, recursive: true);
                }

                await RunPublishAsync(project, artifacts, extraArguments, fresh);
                finish?.Invoke(fresh);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                Directory.Move(fresh, folder);
            }
        }

        return binary;
    }

    private static bool IsUpToDate(string binary, string project)
    {
        if (!File.Exists(binary))
        {
            return false;
        }

        var sources = new[] { Path.Combine("src", project), Path.Combine("src", "EcrCi.Core") }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories))
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" }.Select(f => Path.Combine(Root, f)));
        return File.GetLastWriteTimeUtc(binary) > sources.Max(File.GetLastWriteTimeUtc);
    }

    private static async Task<FileStream> AcquireLockAsync(string artifacts)
    {
        var path = Path.Combine(Root, "artifacts", artifacts, ".publish.lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow.AddMinutes(20);
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

    private static async Task RunPublishAsync(string project, string artifacts, IReadOnlyList<string> extraArguments, string output)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        // The test host's own MSBuild variables would point the child build at the wrong SDK parts.
        var publish = await ProcessRunner.RunAsync(
            new ProcessRequest(dotnet, ["publish", Path.Combine(Root, "src", project, project + ".csproj"),
                "-c", "Release", "-r", RuntimeIdentifier, "--artifacts-path", Path.Combine(Root, "artifacts", artifacts, "build"),
                "-o", output, "-nologo", .. extraArguments])
            {
                Environment = ProcessRequest.WithoutMsBuildVariables(),
                WorkingDirectory = Root,
                Limit = TimeSpan.FromMinutes(20),
            },
            Stopping.Token);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of {project} (Native AOT) failed with {publish.ExitCode}:\n{publish.StandardOutput}\n{publish.StandardError}");
        }

        var warnings = publish.StandardOutput.Split('\n').Where(line => line.Contains(": warning ", StringComparison.Ordinal)).ToList();
        if (warnings.Count > 0)
        {
            throw new InvalidOperationException($"the Native AOT publish of {project} printed warnings:\n{string.Join('\n', warnings)}");
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EcrCi.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds EcrCi.sln.");
    }
}
