namespace Responsibility.Bench;

/// <summary>
/// What the throughput figures read besides the requests — the durable commits so far, the CPU time so far of each
/// part of the system — and the names of the figures made of them, which say what they cover: the embedded event
/// log's commits and this process, or a cluster's PostgreSQL transactions and each of its processes.
/// </summary>
public sealed record ThroughputProbes(
    Func<long> Commits, string BatchName, string CycleName, Func<IReadOnlyDictionary<string, TimeSpan>> Cpu, string CpuWords)
{
    public static ThroughputProbes Embedded(Func<long> commits) => new(
        commits,
        "Appends per commit (one fsync each) while reporting",
        "Time per commit while reporting (1 ÷ commits/s)",
        () => new Dictionary<string, TimeSpan> { ["this process"] = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime },
        "client and server, this process");
}
