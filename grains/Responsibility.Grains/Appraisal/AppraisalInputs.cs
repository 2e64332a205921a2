namespace Responsibility.Grains.Appraisal;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Reports;
using Responsibility.Grains.Supervision;
using Responsibility.Storage.Events;

/// <summary>Reads what the automatic rules count, the tasks and 督责 straight from the log (as a report does).</summary>
internal static class AppraisalInputs
{
    /// <summary>
    /// The brigade's organisation, the year's tasks with every entry, every instruction and the 督责 from the log; each
    /// unit's and leader's 清单 of the year as it stood at the end of <paramref name="asOf"/>; the year's 责任书.
    /// </summary>
    public static async Task<ScoringInputs> Load(IGrainFactory grains, IEventStore events, string brigadeId, int year, DateOnly asOf)
    {
        var context = await ReportInputs.Load(grains, events, brigadeId, year);
        var brigade = context.Brigade;
        var holders = brigade.Units.Select(u => DutyHolder.Unit(brigadeId, u.Id))
            .Concat(brigade.Leaders.Select(l => DutyHolder.Leader(brigadeId, l.Id)));
        return new ScoringInputs(
            brigade,
            context.Tasks,
            await SupervisionLog.Instructions(events, brigadeId),
            await ReportInputs.Oversight(events, brigadeId),
            await ReportInputs.Sheets(grains, year, asOf, holders),
            await grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigadeId, year)).GetPledges());
    }
}
