namespace EcrCi.Testing.Tests;

/// <summary>The never-skip convention: what is missing fails loudly, naming the remedy.</summary>
public sealed class TestEnvironmentSpecs
{
    [Fact]
    public void RequireOrThrow_names_what_is_missing_and_how_to_install_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            TestEnvironment.RequireOrThrow(false, "The thing", "Install it with: apt-get install thing"));

        Assert.StartsWith("The thing is missing", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Install it with: apt-get install thing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireOrThrow_passes_when_the_requirement_is_met()
    {
        TestEnvironment.RequireOrThrow(true, "Nothing", "Nothing to do");
    }

    [Fact]
    public void RequireTool_finds_a_command_on_the_path()
    {
        Assert.True(File.Exists(TestEnvironment.RequireTool("sh", "apt-get install dash")));
    }

    [Fact]
    public void RequireTool_throws_for_a_missing_command()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            TestEnvironment.RequireTool("ecr-login-no-such-tool", "Install it with: apt-get install docker-registry apache2-utils"));

        Assert.Contains("'ecr-login-no-such-tool'", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install docker-registry apache2-utils", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireSharedFolder_finds_the_sigv4_suite_above_the_test_binaries()
    {
        var folder = TestEnvironment.RequireSharedFolder(Path.Combine("testdata", "sigv4"));

        Assert.True(File.Exists(Path.Combine(folder.FullName, "README.md")));
    }

    [Fact]
    public void RequireSharedFolder_throws_for_a_missing_folder()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestEnvironment.RequireSharedFolder("no-such-folder"));

        Assert.Contains("shared/no-such-folder", error.Message, StringComparison.Ordinal);
    }
}
