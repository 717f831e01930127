using System.Text;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.World;

/// <summary>
/// Reads every process's command line and environment over and over while some work runs, and
/// records where a secret shows up. Counts the snapshots that caught the watched program running.
/// </summary>
public static class ProcessWatcher
{
    public sealed record Report(int Sightings, IReadOnlyList<string> Leaks);

    public static async Task<(T Result, Report Report)> WatchAsync<T>(Func<Task<T>> work, string program, IReadOnlyList<string> secrets)
    {
        TestEnvironment.RequireOrThrow(Directory.Exists("/proc/self"), "/proc", "run the end-to-end tests on Linux");
        var leaks = new List<string>();
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
                        if (file == "cmdline" && text.Contains(program, StringComparison.Ordinal))
                        {
                            sightings++;
                        }

                        leaks.AddRange(secrets.Where(s => text.Contains(s, StringComparison.Ordinal)).Select(_ => $"{folder}/{file}: {text.Replace('\0', ' ')[..Math.Min(text.Length, 120)]}"));
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

        return (result, new Report(sightings, leaks));
    }

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
