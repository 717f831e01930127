using System.IO.Compression;
using System.Xml.Linq;

namespace EcrCi.Build.Tests;

/// <summary>What each package carries, read from the packages a fresh clone packed.</summary>
[Collection(FreshCloneCollection.Name)]
public class PackageSpecs(FreshClone feed)
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
    public void The_cake_addin_follows_cake_contribs_conventions_tags_icon_and_the_supported_cake_version()
    {
        var package = feed.Package("Cake.EcrCi");
        var nuspec = Nuspec(package);
        var tags = Metadata(nuspec, "tags")!.Split(' ', ';');

        Assert.Superset(new HashSet<string>(["cake", "script", "build", "cake-build", "addin", "cake-addin"]), new HashSet<string>(tags));
        Assert.Equal("icon.png", Metadata(nuspec, "icon"));
        using var archive = ZipFile.OpenRead(package);
        using (var icon = new MemoryStream())
        {
            using (var entry = archive.GetEntry("icon.png")!.Open())
            {
                entry.CopyTo(icon);
            }

            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], icon.ToArray()[..4]);
        }

        Assert.Contains("Cake 7.x", Metadata(nuspec, "description"), StringComparison.Ordinal);
        using var readme = new StreamReader(archive.GetEntry("README.md")!.Open());
        Assert.Contains("Cake 7.x", readme.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cake_addin_declares_no_dependency_and_carries_the_core_and_its_runtime_dependencies()
    {
        var package = feed.Package("Cake.EcrCi");
        var nuspec = Nuspec(package);

        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Superset(
            new HashSet<string>(["lib/net10.0/Cake.EcrCi.dll", "lib/net10.0/EcrCi.Core.dll", "lib/net10.0/AWSSDK.Core.dll", "lib/net10.0/AWSSDK.SecurityToken.dll", "lib/net10.0/Polly.Core.dll"]),
            new HashSet<string>(Files(package)));
        Assert.DoesNotContain("lib/net10.0/Cake.Core.dll", Files(package));
    }
}
