using System.Security;

namespace EcrCi.Build.Tests;

/// <summary>Each package from the fresh clone's feed, installed the way its users install it.</summary>
[Collection(FreshCloneCollection.Name)]
public class InstallSpecs(FreshClone clone)
{
    [Fact]
    public async Task The_tool_installs_with_dotnet_tool_install_from_the_local_feed_and_answers_its_version()
    {
        var tools = Path.Combine(clone.Folder, "tools");

        var (installed, installOutput) = await Dotnet.RunAsync(clone.Folder,
            ["tool", "install", "--tool-path", tools, "--add-source", clone.Feed, "EcrCi.Cli", "--version", clone.Version], TimeSpan.FromMinutes(4));
        Assert.True(installed == 0, installOutput);
        var (exit, output) = await Dotnet.RunAsync(clone.Folder, Path.Combine(tools, OperatingSystem.IsWindows() ? "ecr-login.exe" : "ecr-login"), ["--version"], TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, output);
        Assert.Contains(clone.Version, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_nuke_package_added_to_a_fresh_build_project_compiles_an_EcrLogin_call()
    {
        var project = Path.Combine(clone.Folder, "nuke-build");
        var (created, createOutput) = await Dotnet.RunAsync(clone.Folder, ["new", "console", "--output", project, "--name", "Build", "--framework", "net10.0"], TimeSpan.FromMinutes(2));
        Assert.True(created == 0, createOutput);
        // The local feed on top of the machine's own sources (no <clear />): the package's own dependencies come from there.
        await File.WriteAllTextAsync(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="ecr-login-local" value="{SecurityElement.Escape(clone.Feed)}" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), """
            using EcrCi.Nuke;

            if (args.Length > 0 && args[0] == "login")
            {
                EcrTasks.EcrLogin(_ => _.SetRegistries("123456789012"));
            }
            """);

        var (added, addOutput) = await Dotnet.RunAsync(project, ["add", "package", "EcrCi.Nuke", "--version", clone.Version], TimeSpan.FromMinutes(4));
        Assert.True(added == 0, addOutput);
        var (built, buildOutput) = await Dotnet.RunAsync(project, ["build", "-nologo", "-warnaserror"], TimeSpan.FromMinutes(4));

        Assert.True(built == 0, buildOutput);
    }

    [Theory]
    [InlineData("")]
    [InlineData("&loaddependencies=true")]
    public async Task The_cake_addin_loads_in_a_real_dotnet_cake_script_from_a_feed_holding_only_itself(string directive)
    {
        using var workspace = await CakeScript.CreateAsync(clone, $$"""
            #addin nuget:?package=Cake.EcrCi&version={{clone.Version}}{{directive}}

            Task("Login").Does(() =>
            {
                EcrLogin(new EcrLoginSettings { Registries = { "12345" }, Region = "eu-west-1" });
                Information("not reached");
            });

            RunTarget("Login");
            """);

        var (exit, output) = await workspace.RunAsync();

        Assert.True(exit != 0, $"dotnet cake exited with 0:\n{output}");
        Assert.Contains("'12345' is not a valid AWS account id: expected exactly 12 digits", output, StringComparison.Ordinal);
        Assert.DoesNotContain("not reached", output, StringComparison.Ordinal);
    }
}
