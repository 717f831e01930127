using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using EcrCi.Action.Tests.Simulation;
using EcrCi.Testing;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>
/// The action's image, assembled without pulling any base image: the native binary (and its
/// <c>-post</c> link), the libraries <c>ldd</c> lists for it and for libssl/libcrypto (which
/// .NET opens at run time), the system CA bundle, and the machine's docker client with its own
/// libraries (none when it is static), given to <c>docker import</c>. Built once per content.
/// </summary>
internal static class ActionImage
{
    private const UnixFileMode Executable = (UnixFileMode)0b111_101_101;
    private const UnixFileMode Readable = (UnixFileMode)0b110_100_100;
    private static readonly Lazy<Task<string>> Built = new(() => Task.Run(BuildAsync));

    /// <summary>The image reference, once built.</summary>
    public static Task<string> ReferenceAsync() => Built.Value;

    /// <summary>The image's size in bytes, as the engine reports it.</summary>
    public static async Task<long> SizeAsync()
    {
        var reference = await ReferenceAsync();
        var inspect = (await DockerEngine.RunAsync(["image", "inspect", "--format", "{{.Size}}", reference])).EnsureSuccess("docker image inspect");
        return long.Parse(inspect.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> BuildAsync()
    {
        var binary = await ActionBinary.PathAsync();
        var docker = new FileInfo(TestEnvironment.RequireTool("docker", "apt-get install docker.io")).ResolveLinkTarget(true)?.FullName
            ?? TestEnvironment.RequireTool("docker", "apt-get install docker.io");
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [StepRunner.Entrypoint] = binary,
            ["/usr/local/bin/docker"] = docker,
            ["/etc/ssl/certs/ca-certificates.crt"] = "/etc/ssl/certs/ca-certificates.crt",
        };
        foreach (var library in await SharedLibraries.ClosureAsync(binary, docker))
        {
            files[library] = library;
        }

        var tag = "ecr-login-action-test:" + await FingerprintAsync(files);
        if ((await DockerEngine.RunAsync(["image", "inspect", tag])).Succeeded)
        {
            return tag;
        }

        var tar = Path.Combine(Path.GetTempPath(), $"ecr-login-action-image-{Guid.NewGuid():N}.tar");
        try
        {
            await WriteRootFileSystemAsync(tar, files);
            (await DockerEngine.RunAsync([
                "import",
                "--change", $"ENTRYPOINT [\"{StepRunner.Entrypoint}\"]",
                "--change", "ENV PATH=/usr/local/bin:/usr/bin:/bin",
                tar, tag])).EnsureSuccess($"docker import {tag}");
        }
        finally
        {
            File.Delete(tar);
        }

        await RemoveOlderImagesAsync(tag);
        return tag;
    }

    /// <summary>Removes the images earlier test runs assembled from other binaries.</summary>
    private static async Task RemoveOlderImagesAsync(string current)
    {
        var listed = await DockerEngine.RunAsync(["images", "--format", "{{.Repository}}:{{.Tag}}", "ecr-login-action-test"]);
        foreach (var image in listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(i => i != current))
        {
            await DockerEngine.RunAsync(["rmi", image]);
        }
    }

    private static async Task WriteRootFileSystemAsync(string path, SortedDictionary<string, string> files)
    {
        await using var stream = File.Create(path);
        await using var tar = new TarWriter(stream, TarEntryFormat.Pax);
        var folders = new SortedSet<string>(StringComparer.Ordinal) { "tmp", "etc", "usr/lib/ssl" };
        foreach (var target in files.Keys)
        {
            for (var folder = Path.GetDirectoryName(target); !string.IsNullOrEmpty(folder) && folder != "/"; folder = Path.GetDirectoryName(folder))
            {
                folders.Add(folder.TrimStart('/'));
            }
        }

        foreach (var folder in folders)
        {
            var mode = folder == "tmp" ? (UnixFileMode)0b1_111_111_111 : Executable;
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, folder + "/") { Mode = mode });
        }

        foreach (var (target, source) in files)
        {
            var mode = target.StartsWith("/etc/", StringComparison.Ordinal) ? Readable : Executable;
            await using var content = File.OpenRead(source);
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, target.TrimStart('/')) { Mode = mode, DataStream = content });
        }

        await WriteTextAsync(tar, "etc/passwd", "root:x:0:0:root:/root:/usr/sbin/nologin\n");
        await WriteTextAsync(tar, "etc/group", "root:x:0:\n");
        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, StepRunner.PostEntrypoint.TrimStart('/')) { LinkName = Path.GetFileName(StepRunner.Entrypoint) });
        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "usr/lib/ssl/cert.pem") { LinkName = "/etc/ssl/certs/ca-certificates.crt" });
        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, "usr/lib/ssl/certs") { LinkName = "/etc/ssl/certs" });
    }

    private static async Task WriteTextAsync(TarWriter tar, string name, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { Mode = Readable, DataStream = content });
    }

    private static async Task<string> FingerprintAsync(SortedDictionary<string, string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (target, source) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(target + "\n"));
            hash.AppendData(await File.ReadAllBytesAsync(source));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
