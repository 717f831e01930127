using EcrCi.Testing;

namespace EcrCi.Action.Tests.Fixtures;

/// <summary>
/// The action's Native AOT binary (see <see cref="NativeBinary"/>), in
/// <c>artifacts/action-test/publish</c>. The post step's entrypoint is a link to the binary, as in the image.
/// </summary>
internal static class ActionBinary
{
    private static readonly NativeBinary Binary = new("EcrCi.Action", "ecr-login-action", "action-test", [],
        folder => File.CreateSymbolicLink(Path.Combine(folder, "ecr-login-action" + ActionProgram.PostSuffix), "ecr-login-action"));

    public static string Folder => Binary.Folder;

    public static string RuntimeIdentifier => NativeBinary.RuntimeIdentifier;

    /// <summary>Starts the publish without waiting for it.</summary>
    public static void StartPublishing() => Binary.StartPublishing();

    /// <summary>Stops a publish nobody waited for, so that no build outlives the test run.</summary>
    public static void StopPublishing() => NativeBinary.StopPublishing();

    /// <summary>The binary's path, once published.</summary>
    public static Task<string> PathAsync() => Binary.PathAsync();
}
