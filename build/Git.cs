using System.Diagnostics;

namespace EcrCi.Build;

/// <summary>Reads from git in the repository.</summary>
internal static class Git
{
    /// <summary>The standard output of a git command, or empty when it fails (no tags, no repository).</summary>
    public static Task<string> OutputAsync(params string[] arguments) => OutputOfAsync("git", arguments);

    /// <summary>The standard output of a program run in the repository, or empty when it fails or is missing.</summary>
    public static async Task<string> OutputOfAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, _) in Machine.WithoutSecrets)
        {
            start.Environment.Remove(name);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? await output : string.Empty;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return string.Empty;
        }
    }
}
