using System.IO.Compression;
using System.Xml.Linq;
using EcrCi.Testing;

namespace EcrCi.Build.Tests;

/// <summary>Packs every package once, into a folder of this test run's own.</summary>
public sealed class PackedFeed : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("ecr-login-pack-").FullName;

    public string Feed => Path.Combine(Folder, "feed");

    public string Version { get; } = $"9.9.9-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public async Task InitializeAsync()
    {
        var packed = await PackTarget.PackAsync(Feed, Version, Path.Combine(Folder, "artifacts"));
        Assert.True(packed, "dotnet pack of the packages failed: see the test output");
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Runs a command in <paramref name="directory"/> and returns its exit code and output.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(string directory, string file, params string[] arguments)
    {
        var result = await ProcessRunner.RunAsync(new ProcessRequest(file, arguments)
        {
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
            Limit = TimeSpan.FromMinutes(5),
        });
        return (result.ExitCode, result.StandardOutput + result.StandardError);
    }
}

public class PackageSpecs(PackedFeed feed) : IClassFixture<PackedFeed>
{
    private static XElement Nuspec(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        var entry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!;
    }

    private static IReadOnlyList<string> Files(string package)
    {
        using var archive = ZipFile.OpenRead(package);
        return [.. archive.Entries.Select(e => e.FullName)];
    }

    private static string? Metadata(XElement nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    [Theory]
    [InlineData("EcrCi.Core")]
    [InlineData("EcrCi.Nuke")]
    [InlineData("EcrCi.Cli")]
    public void Every_package_has_the_git_version_a_readme_a_license_and_symbols(string id)
    {
        var package = feed.Package(id);

        Assert.True(File.Exists(package), $"{package} was not packed");
        var nuspec = Nuspec(package);
        Assert.Equal(feed.Version, Metadata(nuspec, "version"));
        Assert.Equal("MIT", Metadata(nuspec, "license"));
        Assert.Equal("README.md", Metadata(nuspec, "readme"));
        Assert.Contains("README.md", Files(package));
        Assert.True(File.Exists(Path.ChangeExtension(package, ".snupkg")), $"no symbols package beside {package}");
    }

    [Fact]
    public void The_cake_addin_carries_the_cake_contrib_tags_a_readme_and_embedded_symbols()
    {
        var package = feed.Package("Cake.EcrCi");
        var nuspec = Nuspec(package);
        var tags = Metadata(nuspec, "tags")!.Split(' ', ';');

        Assert.Superset(new HashSet<string>(["cake", "cake-build", "cake-addin", "addin"]), new HashSet<string>(tags));
        Assert.Equal(feed.Version, Metadata(nuspec, "version"));
        Assert.Equal("README.md", Metadata(nuspec, "readme"));
        using var archive = ZipFile.OpenRead(package);
        using var dll = new MemoryStream();
        using (var entry = archive.GetEntry("lib/net10.0/Cake.EcrCi.dll")!.Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(dll);
        Assert.Contains(reader.ReadDebugDirectory(), d => d.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.EmbeddedPortablePdb);
    }

    [Fact]
    public async Task A_fresh_project_installs_the_core_and_nuke_packages_from_the_local_feed_and_uses_them()
    {
        var project = Directory.CreateDirectory(Path.Combine(feed.Folder, "consumer")).FullName;
        await File.WriteAllTextAsync(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed.Feed}" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EcrCi.Core" Version="{feed.Version}" />
                <PackageReference Include="EcrCi.Nuke" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), """
            using EcrCi;
            using EcrCi.Nuke;

            var hosts = EcrAuth.ResolveRegistryHosts(new EcrAuthOptions { Registries = ["https://123456789012.dkr.ecr.eu-north-1.amazonaws.com/app", "210987654321"], Region = "eu-north-1" });
            var settings = new EcrLoginSettings().SetRegistries("123456789012").SetRegion("eu-north-1");
            Console.WriteLine($"{string.Join(' ', hosts)} {settings.Region} {settings.Registries[0]}");
            """);

        var (exit, output) = await PackedFeed.RunAsync(project, "dotnet", "run");

        Assert.True(exit == 0, output);
        Assert.Contains("123456789012.dkr.ecr.eu-north-1.amazonaws.com 210987654321.dkr.ecr.eu-north-1.amazonaws.com eu-north-1 123456789012", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_installs_from_the_local_feed_and_answers_as_ecr_login()
    {
        var tools = Path.Combine(feed.Folder, "tools");

        var (installed, installOutput) = await PackedFeed.RunAsync(feed.Folder, "dotnet",
            "tool", "install", "EcrCi.Cli", "--tool-path", tools, "--add-source", feed.Feed, "--version", feed.Version);
        Assert.True(installed == 0, installOutput);
        var (exit, output) = await PackedFeed.RunAsync(feed.Folder, Path.Combine(tools, OperatingSystem.IsWindows() ? "ecr-login.exe" : "ecr-login"), "--help");

        Assert.Equal(0, exit);
        Assert.Contains("get-login-password", output, StringComparison.Ordinal);
        Assert.Contains("credential-helper", output, StringComparison.Ordinal);
    }
}
