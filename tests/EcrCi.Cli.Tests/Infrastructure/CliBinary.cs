using EcrCi.Testing;

namespace EcrCi.Cli.Tests.Infrastructure;

/// <summary>
/// The ecr-login build under test: the project reference builds it with the tests (once per
/// run) and puts its apphost, <c>ecr-login.dll</c> and runtime config beside them. Setting
/// <c>ECR_LOGIN_CLI_UNDER_TEST</c> to another build (the Native AOT binary) runs every process
/// spec against that one instead.
/// </summary>
public static class CliBinary
{
    public const string OverrideVariable = "ECR_LOGIN_CLI_UNDER_TEST";

    public static string AppHost { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } other)
        {
            TestEnvironment.RequireOrThrow(File.Exists(other), $"The ecr-login build named by {OverrideVariable} ({other})", "publish it, or unset the variable");
            return Path.GetFullPath(other);
        }

        var name = OperatingSystem.IsWindows() ? "ecr-login.exe" : "ecr-login";
        var path = Path.Combine(AppContext.BaseDirectory, name);
        TestEnvironment.RequireOrThrow(File.Exists(path) && File.Exists(Path.Combine(AppContext.BaseDirectory, "ecr-login.dll")),
            $"The ecr-login build ({path})", "build tests/EcrCi.Cli.Tests, which builds src/EcrCi.Cli through its project reference");
        return path;
    }
}

/// <summary>The Native AOT build of ecr-login (see <see cref="NativeBinary"/>), in <c>artifacts/cli-native/publish</c>, as the release ships it.</summary>
public static class NativeCliBinary
{
    private static readonly NativeBinary Binary = new("EcrCi.Cli", "ecr-login", "cli-native", ["-p:PublishAot=true"]);

    /// <summary>The binary's path, once published.</summary>
    public static Task<string> PathAsync() => Binary.PathAsync();
}
