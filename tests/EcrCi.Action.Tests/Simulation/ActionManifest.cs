using YamlDotNet.RepresentationModel;

namespace EcrCi.Action.Tests.Simulation;

/// <summary>One input of action.yml.</summary>
internal sealed record ManifestInput(string Name, string? Default, string Description, bool Required);

/// <summary>The repository's action.yml, read as the runner reads it (inputs with defaults, outputs, runs).</summary>
internal sealed class ActionManifest
{
    private ActionManifest(YamlMappingNode root)
    {
        Root = root;
        Inputs = [.. Mapping(root, "inputs").Children.Select(pair =>
        {
            var body = (YamlMappingNode)pair.Value;
            return new ManifestInput(
                Scalar(pair.Key),
                Optional(body, "default"),
                Optional(body, "description") ?? string.Empty,
                string.Equals(Optional(body, "required"), "true", StringComparison.OrdinalIgnoreCase));
        })];
        Outputs = Mapping(root, "outputs").Children.ToDictionary(pair => Scalar(pair.Key), pair => Optional((YamlMappingNode)pair.Value, "description") ?? string.Empty);
        Runs = Mapping(root, "runs").Children.ToDictionary(pair => Scalar(pair.Key), pair => Scalar(pair.Value));
    }

    public static ActionManifest Repository { get; } = Load(Simulation.Repository.PathOf("action.yml"));

    public YamlMappingNode Root { get; }

    public IReadOnlyList<ManifestInput> Inputs { get; }

    public IReadOnlyDictionary<string, string> Outputs { get; }

    public IReadOnlyDictionary<string, string> Runs { get; }

    public static ActionManifest Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return new ActionManifest((YamlMappingNode)stream.Documents.Single().RootNode);
    }

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static string? Optional(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Scalar(value) : null;

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;
}
