namespace Responsibility.Grains.Domain.Inbox;

using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Text;

/// <summary>
/// What needs a person now (待办). A unit's head: its tasks not reported in the cycle, from the 临近时限 days before the
/// due day; its entries returned lately and not reported again; instructions waiting for its answer. Whoever is expected
/// to close an answered instruction (<see cref="InstructionAuthority.ExpectedCloser"/>): it, waiting for 办结. A leader, once the grace period is over: the supervised units still not reported
/// (催报) and the supervised instructions still overdue (逾期督办). Whoever holds duties of the 责任清单 (a leader their own,
/// a unit head their unit's): each slot due now and not recorded, and each missed (未履责) within the last
/// <see cref="MissedShownDays"/> days. A leader: the 延期申请 waiting for their decision (never their own). Nothing else:
/// quiet when nothing is due.
/// </summary>
public static class InboxRules
{
    /// <summary>A return older than a month is the next cycle's business: the cycle's own reminder covers the task.</summary>
    public const int ReturnedShownDays = 30;

    /// <summary>A slot missed longer ago stays 未履责 on the holder's pages and in the reports, but leaves the inbox.</summary>
    public const int MissedShownDays = 30;

    /// <summary>Whose duty slots the reader is asked to record: a leader's own, a unit head's unit's; nobody else's.</summary>
    public static DutyHolder? DutyHolderOf(InboxReader reader, string brigadeId) => reader switch
    {
        { Role: Role.Leader or Role.BrigadeLeader, LeaderId: { } leaderId } => DutyHolder.Leader(brigadeId, leaderId),
        { Role: Role.UnitHead, UnitId: { } unitId } => DutyHolder.Unit(brigadeId, unitId),
        _ => null,
    };

    /// <summary>The years whose slots may be in an inbox today: this one, and last year's while its last slots may show.</summary>
    public static int[] DutyYears(DateOnly today) =>
        today.AddDays(-MissedShownDays).Year < today.Year ? [today.Year - 1, today.Year] : [today.Year];

    public static InboxItem[] Compose(InboxReader reader, InboxFacts facts)
    {
        var items = new List<InboxItem>();
        if (reader.Role == Role.UnitHead && reader.UnitId is { } unitId)
        {
            items.AddRange(ForUnitHead(unitId, facts));
        }

        var toClose = facts.Instructions
            .Where(v => v.Status != InstructionStatus.Closed && v.Record.Answer() is not null
                && InstructionAuthority.ExpectedCloser(v.Record.Definition, facts.Accounts, facts.Brigade).Includes(reader.Username, reader.Role, reader.LeaderId))
            .ToList();
        items.AddRange(toClose.Select(v => Instruction(InboxItemKind.InstructionAnswered, v, v.Record.Answer()!.Text)));
        if (reader.Role is Role.Leader or Role.BrigadeLeader && reader.LeaderId is { } leaderId)
        {
            items.AddRange(ForLeader(leaderId, facts, toClose.Select(v => v.Record.Definition.Id).ToHashSet()));
        }

        items.AddRange(facts.PendingExtensions.Where(e => Decides(reader, e)).Select(e => new InboxItem(
            InboxItemKind.ExtensionToDecide, $"延期申请：{e.TargetTitle}", e.Deadline.Due, false, UnitId: e.UnitId,
            Detail: $"申请延期至{e.ProposedDue.Month}月{e.ProposedDue.Day}日：{e.Reason}", ExtensionId: e.Id)));
        if (DutyHolderOf(reader, facts.Brigade.Id) is { } holder)
        {
            items.AddRange(facts.Duties.Where(s => s.Holder == holder).SelectMany(s => DutySlots(s, facts.Today)));
        }

        if (reader.Role == Role.BrigadeLeader)
        {
            items.AddRange(DetachmentInstructions(facts));
        }

        items.AddRange(Rectifications(reader, facts));
        items.AddRange(AccountabilityReports(reader, facts));
        items.AddRange(ReminderTalks(facts));
        items.AddRange(TemplateInstances(reader, facts));
        return [.. items
            .Select(i => i.UnitId is { } unitId ? i with { UnitName = Array.Find(facts.Brigade.Units, u => u.Id == unitId)?.Name } : i)
            .OrderByDescending(i => i.Overdue).ThenBy(i => i.Due ?? DateOnly.MaxValue).ThenBy(i => i.Kind)];
    }

    /// <summary>The approver of a pending request, not its requester: the leader it names, or a BrigadeLeader when none.</summary>
    public static bool Decides(InboxReader reader, Abstractions.Oversight.ExtensionRequest e) =>
        e.State == Abstractions.Oversight.ExtensionState.Pending && e.Requester != reader.Username
        && (e.Approver.LeaderId is { } leaderId
            ? reader.Role is Role.Leader or Role.BrigadeLeader && reader.LeaderId == leaderId
            : reader.Role == Role.BrigadeLeader);

    private static IEnumerable<InboxItem> ForUnitHead(string unitId, InboxFacts facts)
    {
        var remindFrom = facts.Period.Due.AddDays(-facts.Brigade.Settings.Thresholds.DueSoonDays);
        if (facts.Today >= remindFrom)
        {
            foreach (var t in Reporting.Unreported(facts.Tasks.Where(t => t.Definition.UnitId == unitId), facts.Period, facts.Today))
            {
                yield return new InboxItem(
                    InboxItemKind.ReportDue, $"{t.Definition.Code} {t.Definition.Title}", facts.Period.Due, facts.Today > facts.Period.Due,
                    TaskId: t.Definition.Id, UnitId: unitId);
            }
        }

        var since = facts.Today.AddDays(-ReturnedShownDays);
        foreach (var r in facts.Returned.Where(r => !r.ReportedSince && r.Task.UnitId == unitId))
        {
            var returnedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.Entry.Return!.ReturnedAt, Zone(facts)).DateTime);
            if (returnedOn >= since)
            {
                yield return new InboxItem(
                    InboxItemKind.EntryReturned, $"{r.Task.Code} {r.Task.Title}", null, false,
                    TaskId: r.Task.Id, UnitId: unitId, EntryId: r.Entry.Id, Detail: r.Entry.Return.Reason);
            }
        }

        foreach (var v in facts.Instructions.Where(v => v.Record.Definition.UnitId == unitId && v.Status != InstructionStatus.Closed && v.Record.Answer() is null))
        {
            yield return Instruction(InboxItemKind.InstructionToAnswer, v, null);
        }
    }

    private static IEnumerable<InboxItem> ForLeader(string leaderId, InboxFacts facts, HashSet<string> listed)
    {
        if (Reporting.GraceOver(facts.Period, facts.Today))
        {
            var units = Array.Find(facts.Brigade.Leaders, l => l.Id == leaderId)?.UnitIds ?? [];
            foreach (var (unit, missing) in Reporting.ByUnit(facts.Brigade.Units.Where(u => units.Contains(u.Id)), facts.Tasks, facts.Period, facts.Today))
            {
                yield return new InboxItem(InboxItemKind.UnitUnreported, unit.Name, facts.Period.Due, true, UnitId: unit.Id, Count: missing.Length);
            }
        }

        var grace = ReportingPeriods.GraceDays(facts.Brigade.Settings);
        foreach (var v in facts.Instructions.Where(v => v.Record.Definition.LeaderId == leaderId && !listed.Contains(v.Record.Definition.Id)))
        {
            if (v.Status == InstructionStatus.Overdue && facts.Today > v.Record.Due()!.Value.AddDays(grace))
            {
                yield return Instruction(InboxItemKind.InstructionOverdue, v, v.Record.Answer()?.Text);
            }
        }
    }

    /// <summary>
    /// The 整改 ladder (days from <see cref="Abstractions.Org.BrigadeSettings.WarningDays"/>, before the current due date):
    /// the unit head from the first warning, when returned and when overdue; the leaders who supervise (分管) the unit from
    /// the last warning and when overdue; the brigade's leaders (大队长) when overdue. A reported item waits for its check
    /// instead: its inspectors and the brigade's leaders are asked for 销号 or 退回.
    /// </summary>
    private static IEnumerable<InboxItem> Rectifications(InboxReader reader, InboxFacts facts)
    {
        var days = facts.Brigade.Settings.WarningDays;
        var supervised = reader is { Role: Role.Leader or Role.BrigadeLeader, LeaderId: { } me }
            ? Array.Find(facts.Brigade.Leaders, l => l.Id == me)?.UnitIds ?? []
            : [];
        foreach (var r in facts.Rectifications.Where(r => r.State != RectificationState.Closed))
        {
            var overdue = r.IsOverdue(facts.Today);
            if (r.State == RectificationState.Reported)
            {
                var inspectors = facts.Inspections.GetValueOrDefault(r.InspectionId)?.InspectorIds ?? [];
                if (reader.Role == Role.BrigadeLeader
                    || (reader is { Role: Role.Leader, LeaderId: { } inspector } && inspectors.Contains(inspector)))
                {
                    yield return Rectification(InboxItemKind.RectificationToCheck, r, overdue, r.Report()!.Text);
                }

                continue;
            }

            if (reader.Role == Role.UnitHead && reader.UnitId == r.UnitId
                && (overdue || r.State == RectificationState.Returned || facts.Today >= r.Due.AddDays(-days[0])))
            {
                var returned = r.State == RectificationState.Returned ? Array.FindLast(r.Steps, s => s.Kind == RectificationStepKind.Returned) : null;
                yield return Rectification(InboxItemKind.RectificationDue, r, overdue, returned is null ? null : $"已退回：{returned.Text}");
            }

            if (reader.Role == Role.BrigadeLeader && overdue)
            {
                yield return Rectification(InboxItemKind.RectificationOverdue, r, overdue, null);
            }
            else if (supervised.Contains(r.UnitId) && (overdue || facts.Today >= r.Due.AddDays(-days[^1])))
            {
                yield return Rectification(InboxItemKind.RectificationWarning, r, overdue, null);
            }
        }
    }

    /// <summary>
    /// Each leader rated below the threshold at a closed 民主测评 (the facts hold them only for the 第一责任人), until a 提醒谈话
    /// of theirs names the leader among its participants, on or after the meeting's day.
    /// </summary>
    private static IEnumerable<InboxItem> ReminderTalks(InboxFacts facts) =>
        from meeting in facts.RatedMeetings
        from rating in meeting.Ratings!.Leaders
        where rating.BelowThreshold && !facts.OwnTalks.Any(t => t.Kind == DutyRecordKind.Reminder
            && t.OccurredOn >= meeting.Definition.Date && t.Participants.Contains(rating.LeaderName))
        select new InboxItem(
            InboxItemKind.ReminderTalk, $"提醒谈话：{rating.LeaderName}", null, false,
            Detail: $"{meeting.Definition.Title}民主测评综合得分 {rating.Overall:0.##} 分，低于 {meeting.Ratings!.Threshold:0.##} 分",
            MeetingId: meeting.Definition.Id, LeaderId: rating.LeaderId);

    /// <summary>
    /// 支队督办 to the brigade, to its leaders (大队领导) until one answers: flagged overdue past the due date, and once the
    /// grace period after it is over, 逾期 (the same ladder as the brigade's own instructions). A reopened one is back,
    /// with the detachment's reason.
    /// </summary>
    private static IEnumerable<InboxItem> DetachmentInstructions(InboxFacts facts)
    {
        var grace = ReportingPeriods.GraceDays(facts.Brigade.Settings);
        foreach (var v in facts.Instructions.Where(v => v.Record.Definition.IsFromDetachment && v.Status != InstructionStatus.Closed && v.Record.Answer() is null))
        {
            var late = v.Record.Due() is { } due && facts.Today > due.AddDays(grace);
            var reopened = Array.FindLast(v.Record.Steps, s => s.Kind == InstructionStepKind.Reopened);
            yield return Instruction(
                late ? InboxItemKind.DetachmentInstructionOverdue : InboxItemKind.DetachmentInstructionToAnswer, v,
                reopened is null ? null : $"重新交办：{reopened.Text}") with { UnitId = null };
        }
    }

    private static InboxItem Rectification(InboxItemKind kind, Rectification r, bool overdue, string? detail) => new(
        kind, $"整改：{r.Problem}", r.Due, overdue, UnitId: r.UnitId, Detail: detail, RectificationId: r.Id);

    /// <summary>"责任清单：开展谈心谈话（2026年第四季度）", 待履责 by its due day or 已逾期未履责.</summary>
    private static IEnumerable<InboxItem> DutySlots(DutySheet sheet, DateOnly today)
    {
        var since = today.AddDays(-MissedShownDays);
        foreach (var (item, slots) in sheet.Items.Select(i => (i.Item, i.Slots)))
        {
            foreach (var slot in slots.Where(s => s.State == SlotState.Due || (s.State == SlotState.Missed && s.Due >= since)))
            {
                var missed = slot.State == SlotState.Missed;
                var by = $"{slot.Due.Month}月{slot.Due.Day}日";
                yield return new InboxItem(
                    InboxItemKind.DutySlot, $"责任清单：{item.Title}（{DutyText.PeriodName(slot.Period)}）", slot.Due, missed,
                    UnitId: slot.UnitId, Detail: missed ? $"已逾期未履责（截至{by}）" : $"待履责，截至{by}", SlotId: slot.Id);
            }
        }
    }

    private static InboxItem Instruction(InboxItemKind kind, InstructionView v, string? detail) => new(
        kind, v.Record.Definition.Text, v.Record.Due(), v.Status == InstructionStatus.Overdue,
        TaskId: v.Record.Definition.TaskId, InstructionId: v.Record.Definition.Id, UnitId: v.Record.Definition.UnitId, Detail: detail);

    private static TimeZoneInfo Zone(InboxFacts facts) => Abstractions.BrigadeClock.Zone(facts.Brigade.Settings.TimeZone);

    /// <summary>
    /// 述责述廉 (issue 19): the reader's own report returned to them; another leader's report submitted, to a BrigadeLeader
    /// (never their own, which the other BrigadeLeader decides).
    /// </summary>
    private static IEnumerable<InboxItem> AccountabilityReports(InboxReader reader, InboxFacts facts) => facts.AccountabilityReports
        .Where(r => reader.Role is Role.Leader or Role.BrigadeLeader && reader.LeaderId is not null
            && (r.Report.State == Abstractions.Appraisal.AccountabilityState.Returned
                ? r.LeaderId == reader.LeaderId
                : r.Report.State == Abstractions.Appraisal.AccountabilityState.Submitted && reader.Role == Role.BrigadeLeader && r.LeaderId != reader.LeaderId))
        .Select(r => new InboxItem(
            r.Report.State == Abstractions.Appraisal.AccountabilityState.Returned ? InboxItemKind.AccountabilityReturned : InboxItemKind.AccountabilityToDecide,
            $"{Array.Find(facts.Brigade.Leaders, l => l.Id == r.LeaderId)?.Name ?? r.LeaderId}{r.Report.Year}年度述责述廉报告", null, false,
            LeaderId: r.LeaderId, Year: r.Report.Year));

    /// <summary>How long the Admin's inbox shows that the 支队 changed a task it handed down.</summary>
    public const int TemplateChangeShownDays = 14;

    /// <summary>
    /// For the Admin: each 支队交办 task waiting for its unit and leader, and each the 支队 changed in the last
    /// <see cref="TemplateChangeShownDays"/> days (with what changed).
    /// </summary>
    private static IEnumerable<InboxItem> TemplateInstances(InboxReader reader, InboxFacts facts)
    {
        if (reader.Role != Role.Admin)
        {
            yield break;
        }

        foreach (var i in facts.TemplateInstances)
        {
            if (!i.Assigned)
            {
                yield return new InboxItem(
                    InboxItemKind.TemplateToAssign, $"{i.Code} {i.Title}", null, false, TaskId: i.TaskId, Year: i.Year,
                    Detail: "支队交办，待分配承办单位和分管领导");
            }

            if (i.AdjustedAt is { } at && i.AdjustedNote is { } note
                && DateOnly.FromDateTime(at.UtcDateTime).AddDays(TemplateChangeShownDays) >= facts.Today)
            {
                yield return new InboxItem(
                    InboxItemKind.TemplateAdjusted, $"{i.Code} {i.Title}", null, false, TaskId: i.TaskId, Year: i.Year, Detail: note);
            }
        }

        foreach (var i in facts.TemplateItems)
        {
            if (!i.Assigned)
            {
                yield return new InboxItem(
                    InboxItemKind.TemplateItemToAssign, i.Title, null, false, Year: i.Year, Detail: "支队交办清单事项，待分配责任主体", DutyItemId: i.ItemId);
            }

            if (i.AdjustedAt is { } at && i.AdjustedNote is { } note
                && DateOnly.FromDateTime(at.UtcDateTime).AddDays(TemplateChangeShownDays) >= facts.Today)
            {
                yield return new InboxItem(
                    InboxItemKind.TemplateItemAdjusted, i.Title, null, false, Year: i.Year, Detail: note, DutyItemId: i.ItemId);
            }
        }
    }
}
