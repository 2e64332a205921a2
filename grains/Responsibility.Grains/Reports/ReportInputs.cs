namespace Responsibility.Grains.Reports;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Domain.Reports;

/// <summary>Reads what a report is composed from: the brigade's organisation and every task of the given years.</summary>
internal static class ReportInputs
{
    public static async Task<ReportContext> Load(IGrainFactory grains, string brigadeId, params int[] years)
    {
        var brigade = grains.GetGrain<IBrigadeGrain>(brigadeId);
        var info = await brigade.GetInfo();
        var ids = await brigade.GetTaskIds(years);
        var records = await Task.WhenAll(ids.Select(id => grains.GetGrain<ITaskGrain>(id).GetRecord()));
        return new ReportContext(info, records);
    }
}
