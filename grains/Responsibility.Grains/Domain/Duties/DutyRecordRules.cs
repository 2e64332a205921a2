namespace Responsibility.Grains.Domain.Duties;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Org;

/// <summary>What a 履责纪实 record must be to be kept; decided by the holder's grain.</summary>
public static class DutyRecordRules
{
    /// <summary>
    /// A record is of a day that has come, in the year of <paramref name="sheet"/>; each slot it fulfils is the holder's and
    /// its period holds that day (a talk in March fulfils March, or the first quarter; a late entry of February's talk is
    /// dated in February); only a 提醒谈话 or 约谈 of a leader carries 整改要求, to the brigade's units.
    /// </summary>
    public static void Check(DutyRecordDraft draft, DutySheet sheet, DateOnly today, BrigadeInfo brigade)
    {
        if (!Enum.IsDefined(draft.Kind))
        {
            throw DomainException.Invalid("kind", "不是可选的履责类型。");
        }

        if (draft.OccurredOn > today)
        {
            throw DomainException.Invalid("occurredOn", "履责日期不能晚于今天。");
        }

        if (draft.SlotIds.Length > DutyLimits.MaxSlots || draft.SlotIds.Distinct().Count() != draft.SlotIds.Length)
        {
            throw DomainException.Invalid("slotIds", $"一条纪实最多对应 {DutyLimits.MaxSlots} 个不重复的履责时点。");
        }

        foreach (var id in draft.SlotIds)
        {
            var slot = sheet.Slots.FirstOrDefault(s => s.Id == id)
                ?? throw DomainException.Invalid("slotIds", $"履责时点 {id} 不是本人（本单位）{sheet.Year} 年清单中的时点。");
            if (draft.OccurredOn < slot.Start || draft.OccurredOn > slot.Due)
            {
                throw DomainException.Invalid("slotIds", $"履责日期 {draft.OccurredOn:yyyy-MM-dd} 不在时点 {slot.Period} 的期间内（{slot.Start:yyyy-MM-dd} 至 {slot.Due:yyyy-MM-dd}）。");
            }
        }

        if (draft.FollowUp is { } followUp)
        {
            CheckFollowUp(draft, followUp, sheet.Holder, brigade);
        }
    }

    private static void CheckFollowUp(DutyRecordDraft draft, FollowUp followUp, DutyHolder holder, BrigadeInfo brigade)
    {
        if (draft.Kind is not (DutyRecordKind.Reminder or DutyRecordKind.Interview) || holder.Kind != DutyHolderKind.Leader)
        {
            throw DomainException.Invalid("followUp", "只有班子成员的提醒谈话和约谈可以提出整改要求。");
        }

        if (string.IsNullOrWhiteSpace(followUp.Text))
        {
            throw DomainException.Invalid("followUp.text", "整改要求不能为空。");
        }

        if (followUp.UnitIds.Length == 0 || followUp.UnitIds.Length > DutyLimits.MaxFollowUpUnits || followUp.UnitIds.Distinct().Count() != followUp.UnitIds.Length)
        {
            throw DomainException.Invalid("followUp.unitIds", $"须指定 1 到 {DutyLimits.MaxFollowUpUnits} 个不重复的整改单位。");
        }

        if (followUp.UnitIds.FirstOrDefault(id => Array.TrueForAll(brigade.Units, u => u.Id != id)) is { } unknown)
        {
            throw DomainException.Invalid("followUp.unitIds", $"单位 {unknown} 不存在。");
        }

        if (followUp.DueDate < draft.OccurredOn)
        {
            throw DomainException.Invalid("followUp.dueDate", "整改时限不能早于谈话日期。");
        }
    }
}
