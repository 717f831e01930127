using System.Formats.Tar;
using System.Text;

namespace EcrCi.Testing;

/// <summary>
/// The local Docker engine, driven through the <c>docker</c> command. Nothing here skips:
/// a missing engine is an exception that says how to start one.
/// </summary>
public static class DockerEngine
{
    private const string InstallRemedy = "Install it with: apt-get install docker.io";

    /// <summary>Checks that an engine answers, and returns its version.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The engine's server version, such as <c>20.10.24</c>.</returns>
    /// <exception cref="InvalidOperationException">No <c>docker</c> command, or no engine answers.</exception>
    public static async Task<string> EnsureAvailableAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(["info", "--format", "{{.ServerVersion}}"], cancellationToken: cancellationToken);
        var version = result.StandardOutput.Trim();
        if (!result.Succeeded || version.Length == 0)
        {
            throw new InvalidOperationException(
                $"no Docker engine answers: start dockerd --iptables=false --bridge=none (docker info exited with {result.ExitCode}: {result.StandardError.Trim()})");
        }

        return version;
    }

    /// <summary>Runs <c>docker</c> with an argument list (never through a shell).</summary>
    /// <param name="arguments">The arguments, such as <c>["login", "--password-stdin", host]</c>.</param>
    /// <param name="standardInput">Text written to the command's standard input, which is then closed.</param>
    /// <param name="environment">Variables to set for the command; a <see langword="null"/> value removes one.</param>
    /// <param name="cancellationToken">Cancels the command and kills it.</param>
    /// <returns>The exit code and everything the command printed.</returns>
    public static Task<CommandResult> RunAsync(
        IReadOnlyList<string> arguments,
        string? standardInput = null,
        IDictionary<string, string?>? environment = null,
        CancellationToken cancellationToken = default) =>
        ProcessRunner.RunAsync(DockerPath(), arguments, ProcessRunner.Utf8(standardInput), environment, cancellationToken);

    /// <summary>
    /// Creates a tiny image named <paramref name="reference"/> without any network: a root
    /// file system of a few small text files (random, so every image has its own digest)
    /// piped to <c>docker import</c>.
    /// </summary>
    /// <param name="reference">The image reference, such as <c>127.0.0.1:5000/test/app:1</c>.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The new image id (<c>sha256:...</c>).</returns>
    public static async Task<string> ImportTestImageAsync(string reference, CancellationToken cancellationToken = default)
    {
        var tar = await CreateRootFileSystemAsync(cancellationToken);
        var result = await ProcessRunner.RunAsync(DockerPath(), ["import", "-", reference], tar, null, cancellationToken);
        return result.EnsureSuccess($"docker import - {reference}").StandardOutput.Trim();
    }

    private static async Task<ReadOnlyMemory<byte>> CreateRootFileSystemAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, "etc/") { Mode = (UnixFileMode)0b111_101_101 }, cancellationToken);
            await WriteFileAsync(writer, "etc/ecr-login-test-id", RandomText.Create(32, RandomText.LowerAlphanumeric) + "\n", cancellationToken);
            await WriteFileAsync(writer, "hello.txt", "hello from the ecr-login tests\n", cancellationToken);
        }

        return buffer.ToArray();
    }

    private static async Task WriteFileAsync(TarWriter writer, string name, string content, CancellationToken cancellationToken)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            Mode = (UnixFileMode)0b110_100_100,
            ModificationTime = DateTimeOffset.UtcNow,
            DataStream = data,
        };
        await writer.WriteEntryAsync(entry, cancellationToken);
    }

    private static string DockerPath() => TestEnvironment.RequireTool("docker", InstallRemedy);
}
