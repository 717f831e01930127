using EcrCi.Testing;

namespace EcrCi.Tests.EndToEnd;

/// <summary>
/// A real Docker credential store, <c>docker-credential-&lt;Name&gt;</c>: a shell script on this
/// process's <c>PATH</c> (which docker inherits) that records each call and its host (never the
/// secret), keeps nothing, and answers <c>get</c> with "not found". Removed from <c>PATH</c> when disposed.
/// </summary>
public sealed class RecordingCredentialStore : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly string? path = Environment.GetEnvironmentVariable("PATH");

    public RecordingCredentialStore()
    {
        TestEnvironment.RequireOrThrow(!OperatingSystem.IsWindows(), "a POSIX shell for the stand-in credential store", "run these tests on Linux or macOS");
        var script = folder.File($"docker-credential-{Name}");
        File.WriteAllText(script, """
            #!/bin/sh
            log="$(dirname "$0")/calls.log"
            input="$(cat)"
            case "$1" in
              store) echo "store $(printf '%s' "$input" | sed 's/.*"ServerURL":"\([^"]*\)".*/\1/')" >> "$log" ;;
              erase) echo "erase $input" >> "$log" ;;
              get) echo "get $input" >> "$log"; echo "credentials not found in native keychain"; exit 1 ;;
              list) echo '{}' ;;
            esac
            """.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Environment.SetEnvironmentVariable("PATH", $"{folder.Path}{Path.PathSeparator}{path}");
    }

    /// <summary>The store's name, as <c>credsStore</c> and <c>credHelpers</c> give it.</summary>
    public string Name { get; } = $"ecrtest{Guid.NewGuid():N}"[..20];

    /// <summary>Each call, as <c>verb host</c>, in order.</summary>
    public IReadOnlyList<string> Calls => File.Exists(folder.File("calls.log")) ? File.ReadAllLines(folder.File("calls.log")) : [];

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("PATH", path);
        folder.Dispose();
    }
}
