namespace EcrCi.Build.Tests;

/// <summary>How the build starts its children: the release's secrets stay with the one child that needs them.</summary>
public class MachineSpecs
{
    private static (string File, string[] Arguments) ExitsZeroWhenUnset(string variable) => OperatingSystem.IsWindows()
        ? ("cmd", ["/c", $"if defined {variable} (exit 1) else (exit 0)"])
        : ("/bin/sh", ["-c", $"test -z \"${{{variable}+set}}\""]);

    [Fact]
    public async Task A_null_value_removes_the_variable_from_the_childs_environment()
    {
        // A variable every session has and no shell sets again by itself.
        var variable = OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME";
        var (file, arguments) = ExitsZeroWhenUnset(variable);

        Assert.Equal(0, await Machine.RunAsync(file, arguments, quiet: true, (variable, null)));
        Assert.NotEqual(0, await Machine.RunAsync(file, arguments, quiet: true));
    }

    [Fact]
    public void The_release_secrets_are_the_nuget_key_and_the_github_token()
    {
        Assert.Equal(["NUGET_API_KEY", "GITHUB_TOKEN"], Machine.WithoutSecrets.Select(v => v.Name));
        Assert.All(Machine.WithoutSecrets, v => Assert.Null(v.Value));
    }
}
