using System.Text;

namespace EcrCi.Testing;

/// <summary>
/// Reads every process's command line and environment (<c>/proc</c>) over and over while some
/// work runs, and reports where a secret showed up and how often a watched process was seen, so
/// a clean report is known to have looked while the process ran.
/// </summary>
public static class ProcessWatcher
{
    /// <summary>What the watcher saw.</summary>
    /// <param name="Sightings">How many reads caught a process whose command line matched.</param>
    /// <param name="Leaks">Where a secret showed up (<c>/proc/PID/cmdline</c> or <c>environ</c>), never the secret itself.</param>
    public sealed record Report(int Sightings, IReadOnlyList<string> Leaks);

    /// <summary>Watches while <paramref name="work"/> runs; <paramref name="watched"/> picks the process to sight by its NUL-separated command line.</summary>
    public static async Task<(T Result, Report Report)> WatchAsync<T>(Func<Task<T>> work, Func<string, bool> watched, IReadOnlyList<string> secrets)
    {
        TestEnvironment.RequireOrThrow(Directory.Exists("/proc/self"), "/proc", "run the end-to-end tests on Linux");
        var leaks = new HashSet<string>(StringComparer.Ordinal);
        var sightings = 0;
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // A thread of its own, which has scanned once before the work starts: a busy thread pool
        // cannot start the watcher late and let a short-lived process go unseen.
        var watcher = Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var folder in Directory.EnumerateDirectories("/proc").Where(d => char.IsAsciiDigit(Path.GetFileName(d)[0])))
                {
                    foreach (var file in (string[])["cmdline", "environ"])
                    {
                        var text = Read(Path.Combine(folder, file));
                        if (file == "cmdline" && watched(text))
                        {
                            sightings++;
                        }

                        if (secrets.Any(s => text.Contains(s, StringComparison.Ordinal)))
                        {
                            leaks.Add($"{folder}/{file}");
                        }
                    }
                }

                started.TrySetResult();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        await started.Task;
        T result;
        try
        {
            result = await work();
        }
        finally
        {
            await stop.CancelAsync();
            await watcher;
        }

        return (result, new Report(sightings, [.. leaks]));
    }

    /// <summary>Sights a <c>docker login</c> process.</summary>
    public static bool IsDockerLogin(string commandLine) =>
        commandLine.Contains("docker", StringComparison.Ordinal) && commandLine.Contains("login\0", StringComparison.Ordinal);

    private static string Read(string path)
    {
        try
        {
            return Encoding.UTF8.GetString(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
