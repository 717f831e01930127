using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EcrCi.Testing;

/// <summary>
/// A private Docker registry (distribution v2, the <c>docker-registry</c> command) on a free
/// loopback port, with htpasswd (bcrypt) authentication for one user, storing into a temporary
/// folder. Docker treats <c>127.0.0.0/8</c> as insecure, so plain HTTP works for login, push and pull.
/// </summary>
public sealed partial class LocalRegistry : IAsyncDisposable
{
    private const string Remedy = "Install it with: apt-get install docker-registry apache2-utils";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly Process process;
    private readonly DirectoryInfo folder;
    private readonly ProcessLog log;

    private LocalRegistry(Process process, DirectoryInfo folder, ProcessLog log, string host, string username)
    {
        this.process = process;
        this.folder = folder;
        this.log = log;
        Host = host;
        Username = username;
    }

    /// <summary>The registry host as <c>docker login</c> and image references use it: <c>127.0.0.1:port</c>.</summary>
    public string Host { get; }

    /// <summary>The one user the registry accepts.</summary>
    public string Username { get; }

    /// <summary>
    /// Starts a registry that accepts <paramref name="username"/> with <paramref name="password"/>
    /// (given to <c>htpasswd</c> on standard input, never in its arguments), and waits until
    /// <c>GET /v2/</c> answers 401.
    /// </summary>
    /// <param name="username">The user, such as <c>AWS</c>.</param>
    /// <param name="password">The password, such as an emulator's <see cref="EcrEmulator.Password"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running registry; dispose it to stop it and delete its folder.</returns>
    /// <exception cref="InvalidOperationException"><c>docker-registry</c> or <c>htpasswd</c> is missing, or the registry did not start.</exception>
    public static async Task<LocalRegistry> StartAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var registry = TestEnvironment.RequireTool("docker-registry", Remedy);
        var htpasswd = TestEnvironment.RequireTool("htpasswd", Remedy);
        var folder = Directory.CreateTempSubdirectory("ecr-login-registry-");
        try
        {
            var entry = await ProcessRunner.RunAsync(htpasswd, ["-iBn", username], ProcessRunner.Utf8(password), null, cancellationToken);
            var htpasswdFile = Path.Combine(folder.FullName, "htpasswd");
            await File.WriteAllTextAsync(htpasswdFile, entry.EnsureSuccess("htpasswd -iBn").StandardOutput.Trim() + "\n", cancellationToken);
            return await StartOnFreePortAsync(registry, folder, htpasswdFile, username, cancellationToken);
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Stops the registry and deletes its folder (images included).</summary>
    /// <returns>A task that completes when the registry is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(process);
        process.Dispose();
        if (folder.Exists)
            folder.Delete(recursive: true);
    }

    /// <summary>Everything the registry printed so far (its log level is <c>error</c>).</summary>
    /// <returns>The output.</returns>
    public override string ToString() => $"registry at {Host}: {log}";

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
