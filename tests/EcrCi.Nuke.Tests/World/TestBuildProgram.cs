using System.Reflection;
using EcrCi.Testing;

namespace EcrCi.Nuke.Tests.World;

/// <summary>
/// The test build (tests/EcrCi.Nuke.TestBuild), built once with the tests' configuration, run
/// as <c>dotnet &lt;dll&gt; Target --name value</c> the way a CI step runs a Nuke build.
/// </summary>
public sealed class TestBuildProgram(string dotnet, string dll)
{
    public string Dll { get; } = dll;

    public static async Task<TestBuildProgram> BuildAsync()
    {
        var project = Metadata("TestBuildProject");
        TestEnvironment.RequireOrThrow(File.Exists(project), $"The test build project {project}", "Run the tests from the repository they were built in.");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { } host && File.Exists(host)
            ? host
            : TestEnvironment.RequireTool("dotnet", "Install the .NET SDK named in global.json.");

        // The test project's reference already built it and its dependencies: build only it (a
        // no-op when up to date), without leaving build servers behind, and ask where it is.
        var result = await ProcessRunner.RunAsync(new ProcessRequest(dotnet,
            ["build", project, "-c", Metadata("Configuration"), "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false",
             "-p:BuildProjectReferences=false", "-getProperty:TargetPath"])
        {
            Environment = ProcessRequest.WithoutMsBuildVariables(),
            Limit = TimeSpan.FromMinutes(3),
        });
        var dll = result.EnsureSuccess("dotnet build EcrCi.Nuke.TestBuild").StandardOutput.Trim();
        TestEnvironment.RequireOrThrow(File.Exists(dll), $"The built test build {dll}", "Check the output of dotnet build tests/EcrCi.Nuke.TestBuild.");
        return new TestBuildProgram(dotnet, dll);
    }

    /// <summary>Runs a target with arguments and variables (a null value removes one).</summary>
    public Task<CommandResult> RunAsync(string target, IEnumerable<string> arguments, IDictionary<string, string?> environment) =>
        ProcessRunner.RunAsync(new ProcessRequest(dotnet, [Dll, target, .. arguments]) { Environment = environment.AsReadOnly() });

    private static string Metadata(string key) =>
        typeof(TestBuildProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"No {key} metadata.");
}
