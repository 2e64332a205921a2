namespace Responsibility.Grains.Reports;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Grains.Tasks;
using Responsibility.Storage.Events;

/// <summary>
/// Reads what a report is composed from: the brigade's organisation and every task of the given years, the tasks
/// straight from the event log so a report does not wake every task grain.
/// </summary>
internal static class ReportInputs
{
    public static async Task<ReportContext> Load(IGrainFactory grains, IEventStore events, string brigadeId, params int[] years)
    {
        var brigade = grains.GetGrain<IBrigadeGrain>(brigadeId);
        var info = await brigade.GetInfo();
        var ids = (await brigade.GetTaskIds(years)).ToHashSet(StringComparer.Ordinal);
        return new ReportContext(info, await TaskLog.Records(events, brigadeId, ids));
    }
}
