namespace Responsibility.Grains.Domain;

using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>Composes the brigade rollup: overall, per unit, per leader (两条线), per category, per duty line, indicators.</summary>
public static class BrigadeRollupComposer
{
    public static BrigadeRollup Compose(
        string brigadeId,
        int year,
        DateOnly asOf,
        IReadOnlyList<UnitDefinition> units,
        IReadOnlyList<LeaderDefinition> leaders,
        IReadOnlyList<JudgedTask> tasks)
    {
        var unitRollups = units
            .Select(u => new UnitRollup(u.Id, u.Name, Rollups.Summarize(tasks.Where(t => t.Definition.UnitId == u.Id))))
            .ToArray();
        var leaderRollups = leaders.Select(l => ForLeader(l, tasks)).ToArray();
        var categories = tasks
            .GroupBy(t => t.Definition.Category, StringComparer.Ordinal)
            .Select(g => new CategoryRollup(g.Key, Rollups.Summarize(g)))
            .ToArray();
        var dutyLines = Enum.GetValues<DutyLine>()
            .Select(line => new DutyLineRollup(line, Rollups.Summarize(tasks.Where(t => t.Definition.DutyLine == line))))
            .ToArray();
        return new BrigadeRollup(
            brigadeId, year, asOf, Rollups.Summarize(tasks), unitRollups, leaderRollups, categories, dutyLines,
            Indicators.Compute(tasks));
    }

    public static LeaderRollup ForLeader(LeaderDefinition leader, IEnumerable<JudgedTask> tasks)
    {
        var supervised = tasks.Where(t => t.Definition.LeaderId == leader.Id).ToList();
        return new LeaderRollup(
            leader.Id,
            leader.Name,
            leader.Post,
            leader.IsFirstResponsible,
            Rollups.Summarize(supervised.Where(t => t.Definition.DutyLine == DutyLine.Business)),
            Rollups.Summarize(supervised.Where(t => t.Definition.DutyLine == DutyLine.Accountability)));
    }
}
