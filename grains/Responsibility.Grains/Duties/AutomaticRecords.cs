namespace Responsibility.Grains.Duties;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Tasks;
using Responsibility.Storage.Events;

/// <summary>
/// What a leader did that the log already holds, as records of their 履责纪实: each 批示 their accounts issued, each
/// meeting they chaired, each entry their accounts returned (退回) — read from the log each time, so they are never
/// typed twice and never drift from what happened.
/// </summary>
internal static class AutomaticRecords
{
    /// <summary>Returns read per account and year: far more than a leader returns in a year.</summary>
    private const int MaxReturns = 2000;

    public static async Task<IEnumerable<DutyRecord>> Of(IGrainFactory grains, IEventStore events, BrigadeInfo brigade, DutyHolder leader, int year)
    {
        var definition = Array.Find(brigade.Leaders, l => l.Id == leader.Id)!;
        var accounts = (await grains.GetGrain<IAccountDirectoryGrain>(brigade.Id).Standings())
            .Where(a => a.LeaderId == leader.Id && a.Role is Role.Leader or Role.BrigadeLeader)
            .Select(a => a.Username)
            .ToHashSet(StringComparer.Ordinal);
        var supervision = grains.GetGrain<ISupervisionGrain>(brigade.Id);
        var instructions = (await supervision.ListInstructions(new InstructionFilter()))
            .Select(v => v.Record)
            .Where(r => r.Definition.MeetingId is null && r.Definition.RecordId is null && accounts.Contains(r.Definition.Author) && r.Definition.IssuedOn.Year == year)
            .Select(r => Made(leader, DutyRecordSource.Instruction, r.Definition.Id, DutyRecordKind.Other, r.Definition.IssuedOn,
                $"批示{UnitName(brigade, r.Definition.UnitId)}：{r.Definition.Text}", [UnitName(brigade, r.Definition.UnitId)], r.Definition.Author, r.IssuedAt));
        var meetings = (await supervision.ListMeetings())
            .Where(m => m.Definition.Chair == definition.Name && m.Definition.Date.Year == year)
            .Select(m => Made(leader, DutyRecordSource.Meeting, m.Definition.Id, DutyRecordKind.Study, m.Definition.Date,
                $"主持召开{m.Definition.Title}{(m.Definition.Topics.Length > 0 ? "，研究" + string.Join("；", m.Definition.Topics) : "")}",
                m.Definition.Attendees, m.RecordedBy, m.RecordedAt));
        var returns = new List<DutyRecord>();
        var zone = BrigadeClock.Zone(brigade.Settings.TimeZone);
        foreach (var account in accounts)
        {
            var rows = await events.SearchAsync(new EventQuery(
                brigade.Id, MaxReturns, Start(year, zone), Start(year + 1, zone), account, Kind: "EntryReturned"));
            returns.AddRange(rows.Select(row => (Row: row, Event: (EntryReturned)TaskEvent.Codec.Decode(row)))
                .Select(x => Made(leader, DutyRecordSource.Return, x.Row.StreamId[TaskEvent.Stream("").Length..], DutyRecordKind.Inspection,
                    DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(x.Row.RecordedAt, zone).DateTime),
                    $"退回填报：{x.Event.Return.Reason}", [], account, x.Row.RecordedAt)));
        }

        return instructions.Concat(meetings).Concat(returns);
    }

    private static DutyRecord Made(
        DutyHolder leader, DutyRecordSource source, string sourceId, DutyRecordKind kind, DateOnly on, string content, string[] participants,
        string by, DateTimeOffset at) =>
        new($"{source.ToString().ToLowerInvariant()}-{sourceId}-{at.UtcTicks}", leader, kind, on, content, participants, [], [], null, [], by, at, source, sourceId);

    private static string UnitName(BrigadeInfo brigade, string unitId) => Array.Find(brigade.Units, u => u.Id == unitId)?.Name ?? unitId;

    private static DateTimeOffset Start(int year, TimeZoneInfo zone)
    {
        var local = new DateTime(year, 1, 1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
