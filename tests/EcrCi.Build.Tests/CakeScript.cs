using System.Security;

namespace EcrCi.Build.Tests;

/// <summary>
/// A folder laid out as a Cake user's repository: the clone's tool manifest (cake.tool), a
/// <c>build.cake</c>, and a <c>nuget.config</c> whose only source is a feed holding nothing but the
/// addin package, so the addin must bring all it needs. Runs use a NuGet packages folder of their own.
/// </summary>
public sealed class CakeScript : IDisposable
{
    private CakeScript(string folder) => Folder = folder;

    public string Folder { get; }

    public static async Task<CakeScript> CreateAsync(FreshClone clone, string script)
    {
        var workspace = new CakeScript(Directory.CreateTempSubdirectory("ecr-login-cake-").FullName);
        var feed = Directory.CreateDirectory(Path.Combine(workspace.Folder, "feed")).FullName;
        File.Copy(clone.Package("Cake.EcrCi"), Path.Combine(feed, Path.GetFileName(clone.Package("Cake.EcrCi"))));
        Directory.CreateDirectory(Path.Combine(workspace.Folder, ".config"));
        File.Copy(Path.Combine(clone.Checkout, ".config", "dotnet-tools.json"), Path.Combine(workspace.Folder, ".config", "dotnet-tools.json"));
        var (restored, output) = await Dotnet.RunAsync(workspace.Folder, ["tool", "restore"], TimeSpan.FromMinutes(4));
        Assert.True(restored == 0, $"dotnet tool restore failed:\n{output}");

        // Written after the tool restore, which uses the machine's sources; the addin install sees only the addin's feed.
        await File.WriteAllTextAsync(Path.Combine(workspace.Folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="addin-only" value="{SecurityElement.Escape(feed)}" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(workspace.Folder, "build.cake"), script);
        return workspace;
    }

    /// <summary>
    /// Runs <c>dotnet cake build.cake</c>. AWS is pointed at a closed loopback port with placeholder
    /// keys and no instance metadata, so nothing can leave the machine even if the script got that far.
    /// </summary>
    public Task<(int Exit, string Output)> RunAsync() =>
        Dotnet.RunAsync(Folder, ["tool", "run", "dotnet-cake", "--", "build.cake", "--verbosity=diagnostic"], TimeSpan.FromMinutes(4), new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(Folder, "nuget-packages"),
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:9",
            ["AWS_ACCESS_KEY_ID"] = "AKIDPLACEHOLDER",
            ["AWS_SECRET_ACCESS_KEY"] = "placeholder",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_PROFILE"] = null,
            ["AWS_SESSION_TOKEN"] = null,
            ["AWS_ENDPOINT_URL_ECR"] = null,
        });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
