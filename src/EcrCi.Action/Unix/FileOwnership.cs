using System.Runtime.InteropServices;

namespace EcrCi.Action.Unix;

/// <summary>
/// Reads and sets the owner of a file through libc (<c>statx</c>, <c>lchown</c>), without a
/// shell or a helper process. <c>statx</c>'s layout is the same on every architecture.
/// </summary>
internal static partial class FileOwnership
{
    private const int CurrentDirectory = -100;
    private const int NoFollow = 0x100;
    private const uint WantUid = 0x8;
    private const uint WantGid = 0x10;

    /// <summary>The user and group that own <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static (uint User, uint Group) OwnerOf(string path)
    {
        if (Statx(CurrentDirectory, path, NoFollow, WantUid | WantGid, out var status) != 0)
        {
            throw Failure("read the owner of", path);
        }

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

    private static IOException Failure(string what, string path)
    {
        var error = Marshal.GetLastPInvokeError();
        return new IOException($"Could not {what} {path}: {Marshal.GetPInvokeErrorMessage(error)} (errno {error}).");
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "lchown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LChown(string path, uint user, uint group);

    /// <summary>The part of <c>struct statx</c> this class reads; the kernel fills all 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(20)]
        public uint User;

        [FieldOffset(24)]
        public uint Group;
    }
}
