using System.Runtime.InteropServices;

namespace Wsgi.Conformance.Targets;

/// <summary>Signals to a whole process group (a server and every worker it forked), through libc's
/// <c>kill(-pgid, sig)</c>. A server started by <c>setsid</c> leads a group whose id is its PID.</summary>
internal static class ProcessGroup
{
    /// <summary>SIGINT.</summary>
    public const int SigInt = 2;

    /// <summary>SIGKILL.</summary>
    public const int SigKill = 9;

    /// <summary>SIGTERM.</summary>
    public const int SigTerm = 15;

    private const int NoSuchProcess = 3; // ESRCH

    /// <summary>Sends <paramref name="signal"/> to every process of group <paramref name="pgid"/>; false when none is left.</summary>
    public static bool Signal(int pgid, int signal) => pgid > 1 && Kill(-pgid, signal) == 0;

    /// <summary>Whether any process of group <paramref name="pgid"/> is still alive (zombies count until reaped).</summary>
    public static bool Alive(int pgid) => pgid > 1 && (Kill(-pgid, 0) == 0 || Marshal.GetLastPInvokeError() != NoSuchProcess);

    /// <summary>The process group of <paramref name="pid"/>, or -1.</summary>
    public static int GroupOf(int pid) => GetPgid(pid);

    // DllImport, not LibraryImport: blittable int arguments need no marshalling code, and the
    // source generator would need unsafe code enabled for the whole project.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);

    [DllImport("libc", EntryPoint = "getpgid", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetPgid(int pid);
}
