using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using EcrCi.Files;

namespace EcrCi.Action.Unix;

/// <summary>
/// Reads and sets the owner and mode of a file itself, never a link's target: the owner is read
/// with <see cref="UnixFileStatus"/> (<c>statx</c> without following links), set with
/// <c>lchown</c>, and the mode with <c>fchmodat(AT_SYMLINK_NOFOLLOW)</c>, which refuses a link
/// (glibc 2.32 and musl 1.1.24 or later). No shell, no helper process.
/// </summary>
internal static partial class FileOwnership
{
    private const int CurrentDirectory = -100;
    private const int NoFollow = 0x100;

    /// <summary>The user and group that own <paramref name="path"/> (a link itself, when it is one).</summary>
    /// <exception cref="IOException">The file cannot be read or is not there.</exception>
    [UnsupportedOSPlatform("windows")]
    public static (uint User, uint Group) OwnerOf(string path)
    {
        var status = UnixFileStatus.Of(path) ?? throw new IOException($"Could not read the owner of {path}: it does not exist.");
        return (status.User, status.Group);
    }

    /// <summary>Gives <paramref name="path"/> (not a link's target) to a user and group.</summary>
    /// <exception cref="IOException">The owner cannot be changed (not root, read-only file system).</exception>
    public static void SetOwner(string path, uint user, uint group)
    {
        if (LChown(path, user, group) != 0)
        {
            throw Failure($"give {user}:{group}", path);
        }
    }

    /// <summary>Sets the mode of <paramref name="path"/>; fails on a link instead of changing its target.</summary>
    /// <exception cref="IOException">The mode cannot be changed, or the path is a link.</exception>
    public static void SetMode(string path, UnixFileMode mode)
    {
        if (FChModAt(CurrentDirectory, path, (uint)mode, NoFollow) != 0)
        {
            throw Failure($"set the mode {Convert.ToString((int)mode, 8)} of", path);
        }
    }

    private static IOException Failure(string what, string path)
    {
        var error = Marshal.GetLastPInvokeError();
        return new IOException($"Could not {what} {path}: {Marshal.GetPInvokeErrorMessage(error)} (errno {error}).");
    }

    [LibraryImport("libc", EntryPoint = "lchown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LChown(string path, uint user, uint group);

    [LibraryImport("libc", EntryPoint = "fchmodat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int FChModAt(int directory, string path, uint mode, int flags);
}
