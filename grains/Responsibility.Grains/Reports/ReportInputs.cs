namespace Responsibility.Grains.Reports;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Reports;

/// <summary>Reads what a report is composed from: the brigade's organisation and every task of the given years.</summary>
internal static class ReportInputs
{
    public static async Task<ReportContext> Load(IGrainFactory grains, string brigadeId, params int[] years)
    {
        var (info, records) = await Read(grains, brigadeId, years);
        return new ReportContext(info, records);
    }

    /// <summary>
    /// As <see cref="Load"/>, with the display names of the people a monthly report names: whoever generates it,
    /// and who reported and who returned each returned entry. Entries keep usernames; names are read now.
    /// </summary>
    public static async Task<ReportContext> LoadNamingPeople(IGrainFactory grains, string brigadeId, string actor, params int[] years)
    {
        var (info, records) = await Read(grains, brigadeId, years);
        var usernames = records
            .SelectMany(r => r.Entries)
            .Where(e => e.Return is not null)
            .SelectMany(e => new[] { e.ReportedBy, e.Return!.ReturnedBy })
            .Append(actor)
            .Where(u => u != ReportActors.Schedule)
            .Distinct(StringComparer.Ordinal);
        var people = await grains.GetGrain<IAccountDirectoryGrain>(brigadeId).DisplayNames([.. usernames]);
        return new ReportContext(info, records, people);
    }

    private static async Task<(Abstractions.Org.BrigadeInfo, TaskRecord[])> Read(IGrainFactory grains, string brigadeId, int[] years)
    {
        var brigade = grains.GetGrain<IBrigadeGrain>(brigadeId);
        var info = await brigade.GetInfo();
        var ids = await brigade.GetTaskIds(years);
        var records = await Task.WhenAll(ids.Select(id => grains.GetGrain<ITaskGrain>(id).GetRecord()));
        return (info, records);
    }
}
