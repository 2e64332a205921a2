namespace Responsibility.Grains.Brigades;

using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Inbox;

/// <summary>What the brigade tells its 支队 of its tasks: the overall rollup and the units 催报 names, from one judgement.</summary>
public sealed partial class BrigadeGrain
{
    public async Task<BrigadeReporting> GetReporting(int year, DateOnly asOf)
    {
        var tasks = await Judged(year, asOf);
        var overall = asOf >= Today
            ? live.Brigade(Id, year, asOf).Overall
            : Rollups.Summarize(tasks);
        var cycle = ReportingPeriods.Containing(Settings, asOf);
        var graceOver = Reporting.GraceOver(cycle, asOf);
        string[] unreported = graceOver ? [.. Reporting.ByUnit(State.Units, tasks, cycle, asOf).Select(x => x.Unit.Id)] : [];
        return new BrigadeReporting(overall, cycle.Key, graceOver, unreported);
    }
}
