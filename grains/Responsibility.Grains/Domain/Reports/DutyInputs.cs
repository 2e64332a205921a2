namespace Responsibility.Grains.Domain.Reports;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Reports;

/// <summary>
/// What the leader grains hold that a report reads (明责 and 履责): each leader's 清单 as it stood on the report's date and
/// their records of the year, by leader id, and the year's 责任书.
/// </summary>
public sealed record DutyInputs(IReadOnlyDictionary<string, (DutySheet Sheet, DutyRecord[] Records)> Leaders, Pledge[] Pledges)
{
    /// <summary>The leader's 清单 and their records dated from <paramref name="from"/> to <paramref name="to"/>; null when not read.</summary>
    public LeaderDuties? Of(string leaderId, DateOnly from, DateOnly to) =>
        Leaders.TryGetValue(leaderId, out var held) ? Lines(held.Sheet, held.Records, from, to) : null;

    /// <summary>The 责任书 <paramref name="leaderId"/> signs as first party with the other 班子成员, signed by the end of <paramref name="cut"/>.</summary>
    public PledgeTally PledgesOf(string leaderId, DateTimeOffset cut)
    {
        var theirs = Pledges.Where(p => p.PartyA == leaderId && p.PartyB.Kind == DutyHolderKind.Leader).ToArray();
        return new PledgeTally(theirs.Count(p => p.Signature is { } s && s.RecordedAt < cut), theirs.Length);
    }

    public static LeaderDuties Lines(DutySheet sheet, IEnumerable<DutyRecord> records, DateOnly from, DateOnly to) => new(
        sheet.Items.Length,
        sheet.Business,
        sheet.Accountability,
        [.. sheet.Items.SelectMany(i => i.Slots.Where(s => s.State == SlotState.Missed)
            .Select(s => new MissedDuty(i.Item.Id, i.Item.Title, s.Period, s.Due)))
            .OrderBy(m => m.Due).ThenBy(m => m.ItemId, StringComparer.Ordinal)],
        [.. records.Where(r => r.OccurredOn >= from && r.OccurredOn <= to)
            .OrderBy(r => r.OccurredOn).ThenBy(r => r.RecordedAt)
            .Select(r => new DutyRecordLine(r.Id, r.OccurredOn, r.Kind, r.Source, r.Content, r.Participants.Length))]);
}
