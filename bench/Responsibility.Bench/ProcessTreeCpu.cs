namespace Responsibility.Bench;

using System.Runtime.InteropServices;

/// <summary>
/// CPU time (user and system) of named groups of processes, each with its descendants, read from /proc: a cluster's
/// parts — the load (this process), the apis, the silos, PostgreSQL's postmaster with its backends, Redis. A descendant
/// that is another group's root counts there. A process counts while it lives; backends on pooled connections live
/// through the run.
/// </summary>
public sealed class ProcessTreeCpu(IReadOnlyDictionary<string, int[]> groups)
{
    private const int ClockTicks = 2; // sysconf's _SC_CLK_TCK

    private static readonly double TicksPerSecond = SystemConfiguration(ClockTicks);

    public IReadOnlyDictionary<string, TimeSpan> Read()
    {
        var processes = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var pid) && Stat(pid) is { } stat)
            {
                processes[pid] = stat;
            }
        }

        var children = processes.ToLookup(p => p.Value.Parent, p => p.Key);
        var roots = groups.SelectMany(g => g.Value).ToHashSet();
        return groups.ToDictionary(g => g.Key, g =>
        {
            var ticks = 0L;
            var pending = new Stack<int>(g.Value);
            while (pending.TryPop(out var pid))
            {
                if (processes.TryGetValue(pid, out var process))
                {
                    ticks += process.Ticks;
                    foreach (var child in children[pid].Where(c => !roots.Contains(c)))
                    {
                        pending.Push(child);
                    }
                }
            }

            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        });
    }

    /// <summary>The parent and utime + stime of a process, or null when it ended meanwhile.</summary>
    private static (int Parent, long Ticks)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // The command name in parentheses may hold spaces; after it come state, ppid, ..., utime (14th), stime (15th).
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (int.Parse(fields[1]), long.Parse(fields[11]) + long.Parse(fields[12]));
    }

    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long SystemConfiguration(int name);
}
