using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace EcrCi.Files;

/// <summary>
/// What the file system says of a path itself, a symbolic link not followed (<c>lstat</c>): its
/// type, permission bits, owner and number of hard links. .NET has no API for a file's owner,
/// so this reads it through libc (see <see cref="Of"/>).
/// </summary>
/// <param name="RawMode">The <c>st_mode</c> word: type bits and permission bits.</param>
/// <param name="User">The owner's uid.</param>
/// <param name="Group">The owner's gid.</param>
/// <param name="Links">How many names the file has (hard links).</param>
internal readonly partial record struct UnixFileStatus(ushort RawMode, uint User, uint Group, uint Links)
{
    private const int TypeMask = 0xF000;
    private const int LinkType = 0xA000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;
    private const int NoSuchFile = 2;

    /// <summary>True for a symbolic link (its target was not looked at).</summary>
    public bool IsLink => (RawMode & TypeMask) == LinkType;

    /// <summary>True for a folder (not a link to one).</summary>
    public bool IsDirectory => (RawMode & TypeMask) == DirectoryType;

    /// <summary>True for a plain file (not a link, device or pipe).</summary>
    public bool IsRegularFile => (RawMode & TypeMask) == RegularType;

    /// <summary>The permission bits (with set-id and sticky bits).</summary>
    public UnixFileMode Permissions => (UnixFileMode)(RawMode & 0xFFF);

    /// <summary>The user this process acts as (<c>geteuid</c>): the one its new files belong to.</summary>
    [UnsupportedOSPlatform("windows")]
    public static uint EffectiveUser => GetEffectiveUser();

    /// <summary>
    /// The status of <paramref name="path"/>, or null when nothing is there. Linux: <c>statx</c>,
    /// whose layout is the same on every architecture (glibc 2.28, musl 1.2.5 and later). macOS:
    /// <c>lstat</c> with the 64-bit inode layout, the only one on arm64 and <c>lstat$INODE64</c> on x64.
    /// </summary>
    /// <exception cref="IOException">The path cannot be examined, or this system's libc offers neither call.</exception>
    [UnsupportedOSPlatform("windows")]
    public static UnixFileStatus? Of(string path)
    {
        try
        {
            var status = OperatingSystem.IsLinux() ? Linux(path)
                : OperatingSystem.IsMacOS() ? Mac(path)
                : throw new IOException($"Could not examine {path}: the owner of a file is read on Linux and macOS only.");
            if (status is null)
            {
                var error = Marshal.GetLastPInvokeError();
                return error == NoSuchFile ? null : throw new IOException($"Could not examine {path}: {Marshal.GetPInvokeErrorMessage(error)} (errno {error}).");
            }

            return status;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            throw new IOException($"Could not examine {path}: this system's C library has no lstat or statx call the tool can use.", e);
        }
    }

    private static UnixFileStatus? Linux(string path)
    {
        const int CurrentDirectory = -100;
        const int NoFollow = 0x100;
        const uint BasicStats = 0x7FF;
        return Statx(CurrentDirectory, path, NoFollow, BasicStats, out var b) == 0 ? new(b.Mode, b.User, b.Group, b.Links) : null;
    }

    private static UnixFileStatus? Mac(string path)
    {
        var result = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? LStatInode64(path, out var b) : LStat(path, out b);
        return result == 0 ? new(b.Mode, b.User, b.Group, b.Links) : null;
    }

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUser();

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, out MacStatBuffer buffer);

    [LibraryImport("libc", EntryPoint = "lstat$INODE64", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStatInode64(string path, out MacStatBuffer buffer);

    /// <summary>The part of Linux's <c>struct statx</c> read here; the kernel fills all 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(16)] public uint Links;
        [FieldOffset(20)] public uint User;
        [FieldOffset(24)] public uint Group;
        [FieldOffset(28)] public ushort Mode;
    }

    /// <summary>The part of macOS's 64-bit-inode <c>struct stat</c> (144 bytes) read here.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 144)]
    private struct MacStatBuffer
    {
        [FieldOffset(4)] public ushort Mode;
        [FieldOffset(6)] public ushort Links;
        [FieldOffset(16)] public uint User;
        [FieldOffset(20)] public uint Group;
    }
}
