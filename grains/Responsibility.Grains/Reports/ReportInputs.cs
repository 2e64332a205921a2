namespace Responsibility.Grains.Reports;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain.Reports;
using Responsibility.Grains.Oversight;
using Responsibility.Grains.Supervision;
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
        var (info, records) = await Read(grains, events, brigadeId, years);
        return new ReportContext(info, records);
    }

    /// <summary>
    /// As <see cref="Load"/>, with the brigade's instructions and meetings and the display names of the people a monthly
    /// report names: whoever generates it, who reported and who returned each returned entry, and who wrote each
    /// instruction. The log keeps usernames; names are read now.
    /// </summary>
    public static async Task<ReportContext> LoadNamingPeople(
        IGrainFactory grains, IEventStore events, string brigadeId, string actor, params int[] years)
    {
        var (info, records) = await Read(grains, events, brigadeId, years);
        var instructions = await SupervisionLog.Instructions(events, brigadeId);
        var usernames = records
            .SelectMany(r => r.Entries)
            .Where(e => e.Return is not null)
            .SelectMany(e => new[] { e.ReportedBy, e.Return!.ReturnedBy })
            .Concat(instructions.Select(i => i.Definition.Author))
            .Append(actor)
            .Where(u => u != ReportActors.Schedule)
            .Distinct(StringComparer.Ordinal);
        var people = await grains.GetGrain<IAccountDirectoryGrain>(brigadeId).DisplayNames([.. usernames]);
        return new ReportContext(info, records, people, instructions, await SupervisionLog.Meetings(events, brigadeId));
    }

    /// <summary>
    /// The 清单 of <paramref name="leaderIds"/> as it stood at the end of <paramref name="asOf"/> and their records of the year,
    /// from their leader grains, with the year's 责任书.
    /// </summary>
    public static async Task<DutyInputs> Duties(IGrainFactory grains, string brigadeId, int year, DateOnly asOf, IEnumerable<string> leaderIds)
    {
        var leaders = new Dictionary<string, (DutySheet, DutyRecord[])>(StringComparer.Ordinal);
        foreach (var id in leaderIds)
        {
            var leader = grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigadeId, id));
            leaders[id] = (await leader.GetDuties(year, asOf), await leader.GetRecords(year));
        }

        return new DutyInputs(leaders, await grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigadeId, year)).GetPledges());
    }

    /// <summary>The 清单 of each holder as it stood at the end of <paramref name="asOf"/>, from the holders' grains.</summary>
    public static async Task<Dictionary<DutyHolder, DutySheet>> Sheets(IGrainFactory grains, int year, DateOnly asOf, IEnumerable<DutyHolder> holders)
    {
        var sheets = new Dictionary<DutyHolder, DutySheet>();
        foreach (var holder in holders)
        {
            IDutyHolderGrain grain = holder.Kind == DutyHolderKind.Unit
                ? grains.GetGrain<IUnitGrain>(holder.Key)
                : grains.GetGrain<ILeaderGrain>(holder.Key);
            sheets[holder] = await grain.GetDuties(year, asOf);
        }

        return sheets;
    }

    /// <summary>The brigade's inspections, 整改 items, extensions and 通报, straight from the log; a report cuts them at its date.</summary>
    public static async Task<OversightInputs> Oversight(IEventStore events, string brigadeId) => new(
        await OversightLog.Inspections(events, brigadeId),
        await OversightLog.Rectifications(events, brigadeId),
        await OversightLog.Extensions(events, brigadeId),
        await OversightLog.Bulletins(events, brigadeId));

    private static async Task<(BrigadeInfo Info, IReadOnlyList<TaskRecord> Records)> Read(
        IGrainFactory grains, IEventStore events, string brigadeId, int[] years)
    {
        var brigade = grains.GetGrain<IBrigadeGrain>(brigadeId);
        var info = await brigade.GetInfo();
        var ids = (await brigade.GetTaskIds(years)).ToHashSet(StringComparer.Ordinal);
        return (info, await TaskLog.Records(events, brigadeId, ids));
    }
}
