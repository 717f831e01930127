using System.Diagnostics;
using System.Net;

namespace EcrCi.Testing;

public sealed partial class LocalRegistry
{
    private static async Task<LocalRegistry> StartOnFreePortAsync(
        string registry, DirectoryInfo folder, string htpasswdFile, string username, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var host = $"127.0.0.1:{FreeLoopbackPort()}";
            var config = Path.Combine(folder.FullName, "config.yml");
            await File.WriteAllTextAsync(config, RegistryConfig(folder, htpasswdFile, host), cancellationToken);

            var log = new ProcessLog();
            var process = StartProcess(registry, config, log);
            try
            {
                if (await WaitUntilReadyAsync(process, host, cancellationToken))
                    return new LocalRegistry(process, folder, log, host, username);
            }
            catch
            {
                await StopAsync(process);
                process.Dispose();
                throw;
            }

            await StopAsync(process);
            process.Dispose();
            failures.Add($"{host}: {log}");
        }

        throw new InvalidOperationException($"docker-registry did not start: {string.Join(" | ", failures)}");
    }

    private static string RegistryConfig(DirectoryInfo folder, string htpasswdFile, string host) => $"""
        version: 0.1
        log:
          level: error
          accesslog:
            disabled: true
        storage:
          filesystem:
            rootdirectory: '{Path.Combine(folder.FullName, "data")}'
          delete:
            enabled: true
        http:
          addr: {host}
          secret: {RandomText.Create(32, RandomText.Alphanumeric)}
        auth:
          htpasswd:
            realm: ecr-login-test
            path: '{htpasswdFile}'

        """;

    private static Process StartProcess(string registry, string config, ProcessLog log)
    {
        var startInfo = new ProcessStartInfo(registry)
        {
            ArgumentList = { "serve", config },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in startInfo.Environment.Keys.Where(name => name.StartsWith("REGISTRY_", StringComparison.Ordinal)).ToList())
            startInfo.Environment.Remove(name);

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls <c>GET /v2/</c> until it answers 401; false when the process exits first.</summary>
    private static async Task<bool> WaitUntilReadyAsync(Process process, string host, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                return false;
            try
            {
                using var response = await http.GetAsync(new Uri($"http://{host}/v2/"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                    return true;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but slow to answer; ask again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }

        throw new TimeoutException($"docker-registry on {host} did not answer 401 on /v2/ within {StartTimeout.TotalSeconds} s.");
    }

    /// <summary>The last lines a child process printed, kept for error messages.</summary>
    private sealed class ProcessLog
    {
        private readonly Queue<string> lines = new();

        public void Add(string? line)
        {
            if (line is null)
                return;
            lock (lines)
            {
                lines.Enqueue(line);
                if (lines.Count > 50)
                    lines.Dequeue();
            }
        }

        public override string ToString()
        {
            lock (lines)
                return string.Join('\n', lines);
        }
    }
}
