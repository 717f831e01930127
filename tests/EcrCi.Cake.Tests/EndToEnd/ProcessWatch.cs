using System.Text;
using EcrCi.Testing;

namespace EcrCi.Cake.Tests.EndToEnd;

/// <summary>
/// Reads every process's command line and environment (<c>/proc</c>) over and over while some
/// work runs, and reports which of them ever held one of the secrets.
/// </summary>
public static class ProcessWatch
{
    public sealed record Report(int Scans, int LoginsSeen, IReadOnlyList<string> Leaks);

    public static async Task<(T Result, Report Report)> WhileAsync<T>(Func<Task<T>> work, params string[] secrets)
    {
        TestEnvironment.RequireOrThrow(Directory.Exists("/proc/self"), "/proc", "run the end-to-end tests on Linux");
        var leaks = new HashSet<string>(StringComparer.Ordinal);
        var scans = 0;
        var logins = 0;
        using var stop = new CancellationTokenSource();
        var watcher = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                scans++;
                foreach (var process in Directory.EnumerateDirectories("/proc").Where(d => char.IsAsciiDigit(Path.GetFileName(d)[0])))
                {
                    var commandLine = Read(Path.Combine(process, "cmdline"));
                    if (commandLine.Contains("login\0", StringComparison.Ordinal) && commandLine.Contains("docker", StringComparison.Ordinal))
                    {
                        logins++;
                    }

                    foreach (var (file, text) in (ReadOnlySpan<(string, string)>)[("cmdline", commandLine), ("environ", Read(Path.Combine(process, "environ")))])
                    {
                        if (secrets.Any(s => text.Contains(s, StringComparison.Ordinal)))
                        {
                            leaks.Add($"{process}/{file}");
                        }
                    }
                }
            }
        });
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

        return (result, new Report(scans, logins, [.. leaks]));
    }

    private static string Read(string file)
    {
        try
        {
            return Encoding.UTF8.GetString(File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
