using System.Diagnostics;
using EcrCi.Testing;

namespace EcrCi.Tests.DockerConfig;

/// <summary>
/// Makes files and folders read-only for the test's own user, root included, until disposed:
/// the write bits are taken away, and where that does not stop the user (root on Linux) the
/// immutable attribute is set with <c>chattr</c>. Proved by a write that must fail.
/// </summary>
public sealed class ReadOnlyPaths : IDisposable
{
    private readonly List<string> paths;
    private readonly bool immutable;

    public ReadOnlyPaths(params string[] paths)
    {
        this.paths = [.. paths];
        if (OperatingSystem.IsWindows())
        {
            this.paths.ForEach(p => File.SetAttributes(p, File.GetAttributes(p) | FileAttributes.ReadOnly));
            return;
        }

        foreach (var path in this.paths)
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        }

        if (this.paths.Any(Writable))
        {
            TestEnvironment.RequireOrThrow(OperatingSystem.IsLinux(), "A way to make a file read-only for this user", "run the tests as a user without root rights");
            Chattr("+i");
            immutable = true;
        }

        TestEnvironment.RequireOrThrow(!this.paths.Any(Writable), "A file system that honours chattr +i", "run the tests on ext4 or another file system with the immutable attribute");
    }

    public void Dispose()
    {
        if (immutable)
        {
            Chattr("-i");
        }

        foreach (var path in paths)
        {
            if (OperatingSystem.IsWindows())
            {
                File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
            }
            else
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserWrite);
            }
        }
    }

    private static bool Writable(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                var probe = Path.Combine(path, $".probe-{Guid.NewGuid():N}");
                File.WriteAllBytes(probe, []);
                File.Delete(probe);
            }
            else
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private void Chattr(string flag)
    {
        var chattr = TestEnvironment.RequireTool("chattr", "apt-get install e2fsprogs");
        var start = new ProcessStartInfo(chattr) { RedirectStandardError = true };
        start.ArgumentList.Add(flag);
        paths.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        TestEnvironment.RequireOrThrow(process.ExitCode == 0, $"chattr {flag} ({error.Trim()})", "run the tests where chattr may set the immutable attribute (root, CAP_LINUX_IMMUTABLE)");
    }
}
