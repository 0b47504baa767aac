using System.Runtime.InteropServices;

namespace PeerSupport.Data;

/// <summary>Swaps two paths in one atomic step where the system can: Linux <c>renameat2(RENAME_EXCHANGE)</c> (kernel 3.15, glibc 2.28).</summary>
internal static partial class AtomicExchange
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    private static bool s_unavailable;

    /// <summary>Exchanges <paramref name="first"/> and <paramref name="second"/> (both must exist).</summary>
    /// <param name="first">A path.</param>
    /// <param name="second">Another path on the same file system.</param>
    /// <returns>Whether they were exchanged; <see langword="false"/> when the system or file system cannot, and nothing changed.</returns>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux() || s_unavailable)
        {
            return false;
        }

        try
        {
            if (RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            s_unavailable = true;
        }

        // EINVAL (file system without exchange), ENOSYS (old kernel) and every other failure: fall back, nothing changed.
        return false;
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
