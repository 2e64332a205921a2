namespace Responsibility.Bench;

using System.Runtime.InteropServices;

/// <summary>What the figures were measured on; other work on the machine shows in the load averages.</summary>
public sealed record Machine(string Cpu, int Cores, double MemoryGiB, string Os, string Runtime, string LoadAtStart)
{
    public string LoadAtEnd { get; set; } = "";

    public static Machine Now() => new(
        CpuModel(), Environment.ProcessorCount, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024),
        RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, LoadAverage());

    public string Describe() =>
        $"{Cpu}, {Cores} cores, {MemoryGiB:0} GiB; {Os}; {Runtime}; load average (1/5/15 min) {LoadAtStart} at start, {LoadAtEnd} at end";

    public static string LoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "n/a";

    private static string CpuModel() => File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
        : RuntimeInformation.ProcessArchitecture.ToString();
}
