namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Text;

/// <summary>The 明责/履责 rules over each holder's own 清单 and 责任书: they count for the holder itself, never for a 分管 leader.</summary>
public static class DutyOccurrences
{
    /// <summary>
    /// DutySlotRecorded / DutySlotMissed: a slot of the holder's own 清单 whose period ended (its original due day) in the
    /// period by the day asked, recorded / missed (未履责) in the 清单 as it stood on the day asked (the sheet is read as of
    /// that day). An extended slot still belongs to its own period; while its moved date has not passed it is neither.
    /// Example: monthly 谈心谈话 of leader zhao, slot 2024-02 (due 02-29) recorded, 2024-03 (due 03-31) without a record →
    /// in 2024-Q1 as of 04-01: one recorded, one missed.
    /// </summary>
    public static IEnumerable<Occurrence> Slots(ScoringView view, SlotState state) =>
        from sheet in view.Inputs.Sheets
        from item in sheet.Value.Items
        from slot in item.Slots
        where slot.State == state
        let holder = sheet.Key
        let own = new HashSet<string>([holder.Id], StringComparer.Ordinal)
        let none = new HashSet<string>(StringComparer.Ordinal)
        select new Occurrence(
            ScoreCauseKind.DutySlot, slot.Id, slot.OriginalDue ?? slot.Due, $"{item.Item.Title}（{DutyText.PeriodName(slot.Period)}）",
            holder.Kind == DutyHolderKind.Unit ? own : none,
            holder.Kind == DutyHolderKind.Leader ? own : none);

    /// <summary>
    /// PledgeSigned: a 责任书 signed (its signing date) in the period, recorded by the day asked; it counts for its second
    /// party (a unit or a leader) and for the leader who signs it as first party.
    /// Example: 王立侠 with 赵刚, signed 01-18 → one occurrence for wang and one for zhao in 2024-Q1.
    /// </summary>
    public static IEnumerable<Occurrence> PledgeSigned(ScoringView view) =>
        from pledge in view.Inputs.Pledges
        where pledge.Signature is { } s && s.RecordedAt < view.Cut
        let partyB = pledge.PartyB
        let units = new HashSet<string>(partyB.Kind == DutyHolderKind.Unit ? [partyB.Id] : [], StringComparer.Ordinal)
        let leaders = new HashSet<string>(partyB.Kind == DutyHolderKind.Leader ? [pledge.PartyA, partyB.Id] : [pledge.PartyA], StringComparer.Ordinal)
        let second = partyB.Kind == DutyHolderKind.Unit ? view.UnitName(partyB.Id) : view.LeaderName(partyB.Id)
        select new Occurrence(
            ScoreCauseKind.Pledge, pledge.Id, pledge.Signature!.SignedOn, $"{view.LeaderName(pledge.PartyA)}与{second}的责任书", units, leaders);
}
