namespace EcrCi.Nuke.Tests.Readme;

/// <summary>
/// The package fits into a build made by <c>nuke :setup</c>: adding <c>using EcrCi.Nuke;</c> to a
/// build that imports Nuke's usual namespaces leaves every name of Nuke's unambiguous.
/// </summary>
public class SetupBuildSpecs
{
    [Fact]
    public void A_build_that_declares_nukes_own_configure_still_compiles_once_it_imports_the_ecr_tasks()
    {
        const string build = """
            class Build : NukeBuild
            {
                public static int Main() => Execute<Build>(x => x.Push);

                static readonly Configure<DockerBuildSettings> ImageSettings = _ => _.SetPath(".").SetTag("my-app");

                Target Push => _ => _.Executes(() =>
                {
                    EcrTasks.EcrLogin(_ => _.SetRegistries("123456789012.dkr.ecr.eu-west-1.amazonaws.com"));
                    DockerTasks.DockerBuild(ImageSettings);
                });
            }
            """;

        AssertCompiles(build);
    }

    [Fact]
    public void A_shared_ecr_configuration_declared_as_a_func_is_passed_to_every_task()
    {
        const string build = """
            class Build : NukeBuild
            {
                static readonly Func<EcrLoginSettings, EcrLoginSettings> Ecr = _ => _
                    .SetRegistries("123456789012.dkr.ecr.eu-west-1.amazonaws.com")
                    .SetRetryAttempts(5);

                Target Login => _ => _.Executes(() => EcrTasks.EcrLogin(Ecr));

                Target Logout => _ => _.Executes(() => EcrTasks.EcrLogout(Ecr));
            }
            """;

        AssertCompiles(build);
    }

    [Fact]
    public void A_nuke_configure_of_ecr_settings_is_passed_by_its_invoke_method()
    {
        const string build = """
            class Build : NukeBuild
            {
                static readonly Configure<EcrLoginSettings> Ecr = _ => _.SetRegistries("123456789012");
                static readonly Configure<EcrGetLoginPasswordSettings> Password = _ => _.SetRegion("eu-west-1");

                Target Login => _ => _.Executes(() => EcrTasks.EcrLogin(Ecr.Invoke));

                Target Token => _ => _.Executes(() => EcrTasks.EcrGetLoginPassword(Password.Invoke));
            }
            """;

        AssertCompiles(build);
    }

    [Fact]
    public void No_public_type_of_the_package_is_named_like_a_type_a_setup_build_imports()
    {
        string[] nukeNames = ["Configure", "CombinatorialConfigure", "ToolSettings", "ToolOptions", "Tool", "ToolTasks", "ToolPathResolver", "Arguments", "Output", "ProcessTasks", "Target", "NukeBuild", "ParameterAttribute", "AbsolutePath"];

        var clashes = typeof(EcrTasks).Assembly.GetExportedTypes()
            .Select(t => t.Name.Split('`')[0])
            .Where(name => nukeNames.Contains(name) || !(name.StartsWith("Ecr", StringComparison.Ordinal) || name.StartsWith("ContainerClient", StringComparison.Ordinal)))
            .ToList();

        Assert.True(clashes.Count == 0, $"public types that may clash with Nuke's: {string.Join(", ", clashes)}");
    }

    private static void AssertCompiles(string build)
    {
        var source = NukeStandIn.SetupUsings + "\n" + build;

        var errors = SnippetCompiler.Errors(source, nuke: true);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
