using System.Diagnostics;
using System.Globalization;

namespace EcrCi.Build;

/// <summary>
/// <c>image [--tag NAME]</c>: builds the action image from <c>action/Dockerfile</c> (repository root
/// as context) and reports its size. It pulls the .NET SDK, runtime-deps and docker CLI base
/// images, so it needs a registry mirror or the internet; the tests assemble an equivalent
/// image offline with <c>docker import</c>.
/// </summary>
internal static class ImageTarget
{
    public static async Task<int> RunAsync(string[] arguments)
    {
        var index = Array.IndexOf(arguments, "--tag");
        var tag = index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : "ecr-login-action:dev";
        var exit = await Machine.RunAsync("docker", ["build", "-f", Path.Combine(Repository.Root, "action", "Dockerfile"), "-t", tag, Repository.Root]);
        if (exit != 0)
        {
            Console.Error.WriteLine("docker build failed: the base images must be pullable (see action/README.md for the offline image the tests assemble)");
            return exit;
        }

        var start = new ProcessStartInfo("docker", ["image", "inspect", "--format", "{{.Size}}", tag]) { RedirectStandardOutput = true };
        using var inspect = Process.Start(start)!;
        var bytes = long.Parse((await inspect.StandardOutput.ReadToEndAsync()).Trim(), CultureInfo.InvariantCulture);
        await inspect.WaitForExitAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tag}: {bytes / 1_000_000.0:0.0} MB"));
        return 0;
    }
}
