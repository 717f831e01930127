using EcrCi.Testing;

namespace EcrCi.Build.Tests;

/// <summary>What is packed: the four packages, never the test-support project the build and the tests share.</summary>
public class PackListSpecs
{
    private const string SupportProject = "src/EcrCi.Testing/EcrCi.Testing.csproj";

    [Fact]
    public void The_pack_target_packs_the_four_packages_and_not_the_test_support_project()
    {
        Assert.Equal(4, PackTarget.Projects.Length);
        Assert.DoesNotContain(SupportProject, PackTarget.Projects);
        Assert.All(PackTarget.Projects, project => Assert.True(File.Exists(Path.Combine(Repository.Root, project)), $"{project} does not exist"));
    }

    [Theory]
    [InlineData(SupportProject)]
    [InlineData("tests/EcrCi.Testing.Fixtures/EcrCi.Testing.Fixtures.csproj")]
    public async Task The_test_support_projects_say_they_are_not_packable_so_a_solution_pack_skips_them(string project)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

        var result = await ProcessRunner.RunAsync(new ProcessRequest(dotnet, ["msbuild", Path.Combine(Repository.Root, project), "-getProperty:IsPackable", "-nologo"])
        {
            Environment = ProcessRequest.WithoutMsBuildVariables(),
            Limit = TimeSpan.FromMinutes(2),
        });

        Assert.True(result.Succeeded, result.StandardOutput + result.StandardError);
        Assert.Equal("false", result.StandardOutput.Trim());
    }
}
