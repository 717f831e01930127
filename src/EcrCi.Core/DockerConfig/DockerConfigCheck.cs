using System.Text.Json;
using EcrCi.Errors;

namespace EcrCi.DockerConfig;

/// <summary>
/// Refuses a Docker config that is not a JSON object before a login touches it. Docker itself
/// only warns about such a file and writes a fresh one over it, so whatever it held would be
/// lost; a blank file (which Docker reads as a config without entries) and no file are fine.
/// </summary>
internal static class DockerConfigCheck
{
    /// <exception cref="EcrLoginException">The file is not valid JSON, or its root is not an object.</exception>
    public static void RequireObject(string folder)
    {
        var path = DockerConfigFolder.ConfigFile(folder);
        if (!File.Exists(path))
        {
            return;
        }

        var text = DockerConfigFolder.Body(File.ReadAllBytes(path), out var blank);
        if (blank)
        {
            return;
        }

        try
        {
            ConfigLayout.Read(text);
        }
        catch (JsonException e)
        {
            throw Refused(path, $"it is not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1} ({Reason(e)})");
        }
        catch (InvalidDataException e)
        {
            throw Refused(path, e.Message);
        }
    }

    /// <summary>The reader's words without its zero-based position (given above, counted from 1) and without the exception itself, which is not kept.</summary>
    private static string Reason(JsonException e)
    {
        var end = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end < 0 ? e.Message : e.Message[..end]).TrimEnd('.', ' ');
    }

    private static EcrLoginException Refused(string path, string reason) =>
        new(EcrErrorKind.InvalidInput,
            $"The Docker config {path} cannot be used: {reason}. A login would replace it and lose what it holds: repair it, or move it away to start afresh.");
}
