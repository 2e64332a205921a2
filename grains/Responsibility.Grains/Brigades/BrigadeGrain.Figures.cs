namespace Responsibility.Grains.Brigades;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;
using Responsibility.Grains.Domain;
using Responsibility.Grains.Domain.Inbox;

/// <summary>
/// What the brigade tells its 支队 of its tasks: the overall rollup and the units 催报 names, from one judgement. The 支队
/// keeps what it read until told of a change; the brigade tells it once after each read, so a month-end burst of
/// reports costs the 支队 one call per read, not one per report.
/// </summary>
public sealed partial class BrigadeGrain
{
    /// <summary>
    /// Whether the 支队 has been told of a change since it last read the figures. Set before the call and cleared if it
    /// fails, so a change is never left untold; a new activation starts untold and tells at its first change.
    /// </summary>
    private bool toldDetachment;

    public async Task<BrigadeReporting> GetReporting(int year, DateOnly asOf)
    {
        // Cleared before anything is read: a change from here on is told, one before is in the answer.
        toldDetachment = false;
        var tasks = await Judged(year, asOf);
        var overall = asOf >= Today
            ? live.Brigade(Id, year, asOf).Overall
            : Rollups.Summarize(tasks);
        var cycle = ReportingPeriods.Containing(Settings, asOf);
        var graceOver = Reporting.GraceOver(cycle, asOf);
        string[] unreported = graceOver ? [.. Reporting.ByUnit(State.Units, tasks, cycle, asOf).Select(x => x.Unit.Id)] : [];
        return new BrigadeReporting(overall, cycle.Key, graceOver, unreported);
    }

    public Task OnFiguresChanged() => TellDetachment();

    /// <summary>
    /// Tells the 支队 (if any) that a figure may have moved, once until it reads them again. A failed call is logged and
    /// does not fail the change, which is already stored: the 支队 keeps a row at most as long as its score is kept.
    /// </summary>
    private async Task TellDetachment()
    {
        if (toldDetachment || State.DetachmentId is not { } detachmentId)
        {
            return;
        }

        toldDetachment = true;
        try
        {
            await GrainFactory.GetGrain<IDetachmentGrain>(detachmentId).BrigadeChanged(Id);
        }
        catch (Exception e)
        {
            toldDetachment = false;
            ServiceProvider.GetRequiredService<ILogger<BrigadeGrain>>()
                .LogWarning(e, "Brigade {Brigade} could not tell detachment {Detachment} of a change", Id, detachmentId);
        }
    }
}
