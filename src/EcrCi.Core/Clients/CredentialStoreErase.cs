using System.ComponentModel;
using System.Diagnostics;

namespace EcrCi.Clients;

/// <summary>
/// Erases a registry's credentials from a Docker credential store or helper as Docker's own
/// logout does: <c>docker-credential-&lt;name&gt; erase</c>, found on <c>PATH</c>, with the host
/// on stdin. The helper inherits the environment the container client gets, without the step's
/// secrets, and has the client's timeout.
/// </summary>
internal static class CredentialStoreErase
{
    /// <summary>Null when the credentials were erased, else why not (redacted).</summary>
    public static async Task<string?> RunAsync(ContainerClient client, string store, string host)
    {
        if (store.IndexOfAny(['/', '\\']) >= 0 || store.Contains("..", StringComparison.Ordinal))
        {
            return $"'{store}' is not a plain helper name";
        }

        var executable = $"docker-credential-{store}";
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("erase");
        ChildEnvironment.Scrub(start.Environment, client.Host);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return $"{executable} could not be started: {e.Message}";
        }

        using var deadline = new CancellationTokenSource(client.Timeout);
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
            var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
            await process.StandardInput.WriteAsync(host.AsMemory(), deadline.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(deadline.Token);
            var output = $"{await stderr} {await stdout}".Trim();
            return process.ExitCode == 0 ? null : $"{executable} erase failed with exit code {process.ExitCode}: {client.Redactor.Redact(output)}";
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            return $"{executable} erase did not finish within {client.Timeout.TotalSeconds:0.#} s";
        }
        catch (IOException e)
        {
            Stop(process);
            return $"{executable} erase closed its input early: {e.Message}";
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
