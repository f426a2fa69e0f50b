using System.Globalization;

namespace Wsgi.Conformance.Targets;

/// <summary>The live (not zombie) processes of a process group, read from <c>/proc/*/stat</c>: what
/// <c>ps -o pid,pgid,stat</c> would show, without starting ps.</summary>
internal static class ProcessTable
{
    /// <summary>The PIDs of live processes whose process group is <paramref name="pgid"/>.</summary>
    public static IReadOnlyList<int> Members(int pgid)
    {
        var members = new List<int>();
        foreach (string dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // gone meanwhile
            }

            // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
            int close = stat.LastIndexOf(')');
            string[] rest = close < 0 ? [] : stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rest.Length > 2 && rest[0] != "Z" && rest[0] != "X"
                && int.TryParse(rest[2], NumberStyles.None, CultureInfo.InvariantCulture, out int group) && group == pgid)
            {
                members.Add(pid);
            }
        }

        return members;
    }
}
