using EcrCi.Testing;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>The shared libraries a set of executables loads, found with <c>ldd</c>.</summary>
internal static class SharedLibraries
{
    /// <summary>Libraries .NET opens with dlopen, which <c>ldd</c> of the binary cannot list.</summary>
    private static readonly string[] LoadedAtRunTime = ["libssl.so.3", "libcrypto.so.3"];

    public static async Task<IReadOnlyCollection<string>> ClosureAsync(params string[] executables)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(executables);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? libraryFolder = null;
        while (pending.Count > 0)
        {
            var file = pending.Dequeue();
            if (!seen.Add(file))
            {
                continue;
            }

            foreach (var library in await ListAsync(file))
            {
                found.Add(library);
                pending.Enqueue(library);
                if (Path.GetFileName(library).StartsWith("libc.so", StringComparison.Ordinal))
                {
                    libraryFolder ??= Path.GetDirectoryName(library);
                }
            }

            if (libraryFolder is not null)
            {
                foreach (var name in LoadedAtRunTime.Select(n => Path.Combine(libraryFolder, n)).Where(File.Exists))
                {
                    pending.Enqueue(name);
                    found.Add(name);
                }
            }
        }

        TestEnvironment.RequireOrThrow(found.Any(f => f.EndsWith("/libssl.so.3", StringComparison.Ordinal)), "libssl.so.3 beside libc", "apt-get install libssl3");
        return found;
    }

    private static async Task<IEnumerable<string>> ListAsync(string file)
    {
        var output = (await ProcessRunner.RunAsync(new ProcessRequest(TestEnvironment.RequireTool("ldd", "apt-get install libc-bin"), [file]))).StandardOutput;

        // A static executable: "not a dynamic executable", exit code 1, nothing to add.
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Contains("=> ", StringComparison.Ordinal) ? line[(line.IndexOf("=> ", StringComparison.Ordinal) + 3)..] : line)
            .Select(line => line.Split(' ')[0])
            .Where(path => path.StartsWith('/') && File.Exists(path));
    }
}
