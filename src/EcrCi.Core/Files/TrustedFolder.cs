using System.Globalization;
using System.Runtime.Versioning;

namespace EcrCi.Files;

/// <summary>
/// Whether a folder may hold this user's own files (the token cache, <c>aliases.json</c>, the
/// credential helper's log): another user who created it, or who can write in it, could plant
/// aliases that send a host to another account, or a link that makes the tool write into a file
/// of the user's. The folder is fit when it is not a link, belongs to this user and is neither
/// group- nor world-writable (Unix), and none of the entries used in it is a link. On Windows
/// only the link checks apply: ownership there is an access list, not a mode.
/// </summary>
internal static class TrustedFolder
{
    private const UnixFileMode GroupOrOthersWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>
    /// Why <paramref name="folder"/> may not be used, such as "it is owned by uid 1001", or null
    /// when it may: also when it does not exist yet (its first writer creates it 0700).
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="entries">The names of the entries the caller reads or writes in it.</param>
    public static string? Distrust(string folder, params IEnumerable<string> entries)
    {
        try
        {
            return OperatingSystem.IsWindows() ? DistrustLinks(folder, entries) : DistrustOnUnix(folder, entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"it cannot be examined: {e.Message}";
        }
    }

    [UnsupportedOSPlatform("windows")]
    private static string? DistrustOnUnix(string folder, IEnumerable<string> entries)
    {
        if (UnixFileStatus.Of(folder) is not { } status)
        {
            return null;
        }

        if (status.IsLink)
        {
            return "it is a symbolic link";
        }

        if (!status.IsDirectory)
        {
            return "it is not a folder";
        }

        var user = UnixFileStatus.EffectiveUser;
        if (status.User != user)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it is owned by uid {status.User}, not by this user (uid {user})");
        }

        if ((status.Permissions & GroupOrOthersWrite) != 0)
        {
            return (status.Permissions & UnixFileMode.OtherWrite) != 0 ? "it is world-writable" : "it is group-writable";
        }

        foreach (var name in entries)
        {
            if (UnixFileStatus.Of(Path.Combine(folder, name)) is { IsLink: true })
            {
                return $"its {name} is a symbolic link";
            }
        }

        return null;
    }

    private static string? DistrustLinks(string folder, IEnumerable<string> entries)
    {
        var info = new DirectoryInfo(folder);
        if (!info.Exists && info.LinkTarget is null)
        {
            return null;
        }

        if (info.LinkTarget is not null)
        {
            return "it is a symbolic link or junction";
        }

        foreach (var name in entries)
        {
            if (new FileInfo(Path.Combine(folder, name)).LinkTarget is not null)
            {
                return $"its {name} is a symbolic link";
            }
        }

        return null;
    }
}
