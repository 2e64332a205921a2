namespace Responsibility.Api.Rollups;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>
/// A rollup's figures are open inside the brigade, but a lagging task's latest note is a detail: it stays only where
/// the caller may read that task's entries.
/// </summary>
internal static class RollupNotes
{
    public static Rollup Redact(Rollup rollup, Func<LaggingTask, bool> mayRead) => rollup with
    {
        Lagging = rollup.Lagging.Select(t => mayRead(t) ? t : t with { LatestNote = null }).ToArray(),
    };

    public static LeaderRollup Redact(LeaderRollup leader, Func<LaggingTask, bool> mayRead) => leader with
    {
        Business = Redact(leader.Business, mayRead),
        Accountability = Redact(leader.Accountability, mayRead),
    };

    public static BrigadeRollup Redact(BrigadeRollup brigade, Func<LaggingTask, bool> mayRead) => brigade with
    {
        Overall = Redact(brigade.Overall, mayRead),
        Units = brigade.Units.Select(u => u with { Rollup = Redact(u.Rollup, mayRead) }).ToArray(),
        Leaders = brigade.Leaders.Select(l => Redact(l, mayRead)).ToArray(),
        Categories = brigade.Categories.Select(c => c with { Rollup = Redact(c.Rollup, mayRead) }).ToArray(),
        DutyLines = brigade.DutyLines.Select(d => d with { Rollup = Redact(d.Rollup, mayRead) }).ToArray(),
    };
}
