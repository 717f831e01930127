using Cake.Core.IO;
using Cake.Core.Tooling;

namespace EcrCi.Cake.Tests.Fakes;

/// <summary>A tool locator that resolves the files registered with it by their file name, as Cake's resolves registered tools; nothing else.</summary>
public sealed class FakeToolLocator : IToolLocator
{
    private readonly List<FilePath> registered = [];

    /// <summary>Every name a lookup asked for, in order.</summary>
    public List<string> Asked { get; } = [];

    public void RegisterFile(FilePath path) => registered.Add(path);

    public FilePath Resolve(string tool) => Resolve([tool]);

    public FilePath Resolve(IEnumerable<string> toolExeNames)
    {
        foreach (var name in toolExeNames)
        {
            Asked.Add(name);
            if (registered.FirstOrDefault(path => path.GetFilename().FullPath == name) is { } found)
            {
                return found;
            }
        }

        return null!;
    }
}
