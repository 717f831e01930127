using System.Diagnostics;
using EcrCi.DockerConfig;
using EcrCi.Errors;
using EcrCi.Secrets;

namespace EcrCi.Clients;

/// <summary>
/// Runs <c>&lt;client&gt; login --username AWS --password-stdin &lt;host&gt;</c> (and <c>logout</c>).
/// The password is written to the child's stdin and nowhere else: not argv, not its environment.
/// </summary>
/// <param name="Kind">Which client this is.</param>
/// <param name="ExecutablePath">Its full path.</param>
/// <param name="DockerConfig">The config folder to use (<c>DOCKER_CONFIG</c>), or null for the client's default.</param>
/// <param name="Timeout">How long one login or logout may take.</param>
/// <param name="Host">The CI host, whose secret variables the client does not inherit.</param>
/// <param name="Redactor">The operation's secrets, hidden in the client's echoed output.</param>
internal sealed record ContainerClient(ContainerClientKind Kind, string ExecutablePath, string? DockerConfig, TimeSpan Timeout, Hosts.CiHost Host, Redactor Redactor)
{
    public Task LoginAsync(string host, string username, Secret password, CancellationToken cancellationToken) =>
        RunAsync("login", ["login", .. AuthFileArguments(), "--username", username, "--password-stdin", host], host, Redactor.AddGiven(password), cancellationToken);

    public Task LogoutAsync(string host, CancellationToken cancellationToken) =>
        RunAsync("logout", ["logout", .. AuthFileArguments(), host], host, null, cancellationToken);

    private IEnumerable<string> AuthFileArguments() =>
        Kind == ContainerClientKind.Podman && DockerConfig is not null ? ["--authfile", DockerConfigFolder.ConfigFile(DockerConfig)] : [];

    private async Task RunAsync(string verb, IEnumerable<string> arguments, string host, Secret? stdin, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (DockerConfig is not null && Kind.UsesDockerConfig())
        {
            start.Environment["DOCKER_CONFIG"] = DockerConfig;
        }

        // The client needs none of the step's secrets: AWS keys, the CI host's tokens and inputs.
        ChildEnvironment.Scrub(start.Environment, Host);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new EcrLoginException(EcrErrorKind.ContainerClientMissing, $"Could not start {ExecutablePath}: {e.Message}. Check the container client path.", e);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var stderr = process.StandardError.ReadToEndAsync(deadline.Token);
        try
        {
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin.Reveal().AsMemory(), deadline.Token);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(deadline.Token);
            await Task.WhenAll(stdout, stderr);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill(process);
            throw new EcrLoginException(EcrErrorKind.ContainerClientFailed,
                $"{Kind.ExecutableName()} {verb} {host} did not finish within {Timeout.TotalSeconds:0.#} s: check that the registry is reachable and the engine answers, or raise the login timeout.");
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }
        catch (IOException e)
        {
            // The client closed stdin early (it failed before reading the password).
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                throw new EcrLoginException(EcrErrorKind.ContainerClientFailed,
                    $"{Kind.ExecutableName()} {verb} {host} closed its input and did not finish within {Timeout.TotalSeconds:0.#} s.");
            }

            if (process.ExitCode == 0)
            {
                throw new EcrLoginException(EcrErrorKind.ContainerClientFailed, $"{Kind.ExecutableName()} {verb} {host} closed its input early: {e.Message}", e);
            }
        }

        if (process.ExitCode != 0)
        {
            var detail = Redactor.Redact((await SafeRead(stderr)).Trim());
            if (detail.Length == 0)
            {
                detail = Redactor.Redact((await SafeRead(stdout)).Trim());
            }

            throw new EcrLoginException(EcrErrorKind.ContainerClientFailed,
                $"{Kind.ExecutableName()} {verb} {host} failed with exit code {process.ExitCode}: {detail}{Hint(detail)}")
            { RegistryRefusedPassword = IsRefusal(detail), RegistryFailedOnTheWay = !IsRefusal(detail) && LoginRetry.IsTransient(detail) };
        }
    }

    private static async Task<string> SafeRead(Task<string> stream)
    {
        try
        {
            return await stream;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            return string.Empty;
        }
    }

    private static bool IsRefusal(string detail) =>
        detail.Contains("401 Unauthorized", StringComparison.OrdinalIgnoreCase) || detail.Contains("unauthorized", StringComparison.OrdinalIgnoreCase);

    private static string Hint(string detail) => detail switch
    {
        _ when detail.Contains("Cannot connect to the Docker daemon", StringComparison.OrdinalIgnoreCase) =>
            " (start the Docker engine or set DOCKER_HOST)",
        _ when IsRefusal(detail) =>
            " (the registry refused the token: check that the registry belongs to an account the identity may reach)",
        _ when detail.Contains("no such host", StringComparison.OrdinalIgnoreCase) =>
            " (the registry host does not resolve: check the registry and the network)",
        _ => string.Empty,
    };

    private static void Kill(Process process)
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
