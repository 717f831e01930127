using System.CommandLine;
using System.Reflection;
using EcrCi.Action.Inputs;
using EcrCi.Cli.Commands;
using YamlDotNet.RepresentationModel;
using CakeSettings = Cake.EcrCi.EcrLoginSettings;

namespace EcrCi.Parity.Tests;

/// <summary>
/// What users read matches what each front end offers: every Action input in action.yml and its
/// README, every CLI option in its help and README, every Nuke and Cake setting in their READMEs,
/// every core option in the core's README.
/// </summary>
public class DocumentationSpecs
{
    [Fact]
    public void Every_action_input_the_core_options_map_onto_is_declared_in_action_yml_and_documented()
    {
        var declared = ActionInputNames();
        var readme = Documentation.Read("action/README.md");

        Assert.All(InputNames.ForOption.Values, input =>
        {
            Assert.Contains(input, declared);
            Assert.Contains($"`{input}`", readme, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_cli_option_appears_in_its_help_and_in_the_tool_readme()
    {
        var root = CliCommands.Create();
        var readme = Documentation.Read("src/EcrCi.Cli/README.md");
        var commands = root.Subcommands.Where(c => !c.Hidden).ToList();

        Assert.All(commands, command =>
        {
            var help = Help(root, command.Name);
            Assert.All(command.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help"), option =>
            {
                Assert.Contains(option.Name, help, StringComparison.Ordinal);
                Assert.Contains(option.Name, readme, StringComparison.Ordinal);
            });
        });
    }

    [Fact]
    public void Every_nuke_setting_is_documented_with_its_fluent_method()
    {
        var readme = Documentation.Read("src/EcrCi.Nuke/README.md");
        var settings = typeof(Nuke.EcrLoginSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance);

        Assert.All(settings, setting =>
            Assert.True(readme.Contains($"Set{setting.Name}", StringComparison.Ordinal) || readme.Contains($"Enable{setting.Name}", StringComparison.Ordinal),
                $"src/EcrCi.Nuke/README.md does not document {setting.Name}"));
    }

    [Fact]
    public void Every_cake_setting_is_documented()
    {
        var readme = Documentation.Read("src/EcrCi.Cake/README.md");

        Assert.All(typeof(CakeSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance), setting =>
            Assert.True(readme.Contains($"`{setting.Name}`", StringComparison.Ordinal), $"src/EcrCi.Cake/README.md does not document {setting.Name}"));
    }

    [Fact]
    public void Every_core_option_is_documented_in_the_core_readme()
    {
        var readme = Documentation.Read("src/EcrCi.Core/README.md");

        Assert.All(typeof(EcrAuthOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance), option =>
            Assert.True(readme.Contains($"`{option.Name}`", StringComparison.Ordinal), $"src/EcrCi.Core/README.md does not document {option.Name}"));
    }

    private static HashSet<string> ActionInputNames()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Documentation.Read("action.yml")));
        var inputs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("inputs")];
        return [.. inputs.Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];
    }

    private static string Help(RootCommand root, string command)
    {
        using var output = new StringWriter();
        var parse = root.Parse([command, "--help"]);
        parse.InvocationConfiguration.Output = output;
        parse.Invoke();
        return output.ToString();
    }
}
