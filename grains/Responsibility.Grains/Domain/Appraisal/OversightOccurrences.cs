namespace Responsibility.Grains.Domain.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// The 督办 and 督责 rules: instructions and 整改 items closed on time, extensions granted, 通报 issued. Each thing is
/// taken as it stood at the end of the day asked; a unit's thing counts for the unit and its 分管 leaders, a 整改 item
/// also for its 责任领导, a task's extension also for the task's responsible leader.
/// </summary>
public static class OversightOccurrences
{
    /// <summary>
    /// InstructionClosedOnTime: an instruction to the unit 办结 (and not reopened since) on a day in the period, no later
    /// than the due date it was issued with, whatever extensions said; one without a due date cannot be late and counts.
    /// Example: issued due 03-20, extended to 04-10, closed 04-01 → late against the original date: nothing; closed
    /// 03-18 → one occurrence on 03-18.
    /// </summary>
    public static IEnumerable<Occurrence> InstructionClosedOnTime(ScoringView view) =>
        from record in view.Inputs.Instructions
        let known = record.AsOf(view.Cut)
        where known is not null && known.IsClosed()
        let day = view.Day(Array.FindLast(known.Steps, s => s.Kind == InstructionStepKind.Closed)!.At)
        where known.OriginalDue is not { } due || day <= due
        let whom = view.OfUnit(known.Definition.UnitId)
        select new Occurrence(ScoreCauseKind.Instruction, known.Definition.Id, day, ScoringView.Short(known.Definition.Text), whom.Units, whom.Leaders);

    /// <summary>
    /// RectificationClosedOnTime: a 整改 item of the unit 销号 on a day in the period, no later than its original due date.
    /// Example: original due 05-31, extended to 06-30, 销号 06-10 → nothing; 销号 05-20 → one occurrence on 05-20.
    /// </summary>
    public static IEnumerable<Occurrence> RectificationClosedOnTime(ScoringView view) =>
        from item in view.Inputs.Oversight.Rectifications
        let known = item.AsOf(view.Cut)
        where known?.ClosedAt is not null
        let day = view.Day(known.ClosedAt!.Value)
        where day <= known.OriginalDue
        let whom = view.OfUnit(known.UnitId, known.LeaderId)
        select new Occurrence(ScoreCauseKind.Rectification, known.Id, day, ScoringView.Short(known.Problem), whom.Units, whom.Leaders);

    /// <summary>
    /// Extension: an extension granted on a day in the period on the subject's target. A task's, instruction's or 整改
    /// item's counts for its unit (and its 分管 leaders, and the leader the task or item names); a duty slot's for the
    /// slot's holder only (a unit's slot is the unit's own 清单, a leader's slot the leader's). Refused and pending
    /// requests count nothing. Example: 法制室 asked to move task A-01 and was granted on 05-08 → one occurrence on 05-08.
    /// </summary>
    public static IEnumerable<Occurrence> Extension(ScoringView view) =>
        from request in view.Inputs.Oversight.Extensions
        where request.Decision is { Granted: true } decision && decision.At < view.Cut
        let day = view.Day(request.Decision!.At)
        let whom = Whom(view, request)
        select new Occurrence(ScoreCauseKind.Extension, request.Id, day, request.TargetTitle, whom.Units, whom.Leaders);

    /// <summary>
    /// Commended / Criticised: an issued 通报 of that kind naming the unit, issued on a day in the period; it counts once
    /// for each unit it names and once for a leader who supervises any of them.
    /// Example: 〔2024〕第2期 表扬 naming 法制室 and 宣传中队, issued 04-15 → one occurrence for each unit and one for each
    /// of their 分管 leaders.
    /// </summary>
    public static IEnumerable<Occurrence> Bulletins(ScoringView view, BulletinKind kind) =>
        from bulletin in view.Inputs.Oversight.Bulletins
        where bulletin.Kind == kind && bulletin.IssuedOn is not null && bulletin.IssuedAt is { } at && at < view.Cut
        let whom = bulletin.UnitIds.Select(u => view.OfUnit(u)).ToList()
        select new Occurrence(
            ScoreCauseKind.Bulletin, bulletin.Id, bulletin.IssuedOn!.Value, $"{bulletin.NumberText} {bulletin.Title}",
            whom.SelectMany(w => w.Units).ToHashSet(StringComparer.Ordinal),
            whom.SelectMany(w => w.Leaders).ToHashSet(StringComparer.Ordinal));

    private static (IReadOnlySet<string> Units, IReadOnlySet<string> Leaders) Whom(ScoringView view, ExtensionRequest request)
    {
        var target = request.Target;
        var none = new HashSet<string>(StringComparer.Ordinal);
        switch (target.Kind)
        {
            case ExtensionTargetKind.DutySlot:
                return target.UnitId is { } slotUnit
                    ? (new HashSet<string>([slotUnit], StringComparer.Ordinal), none)
                    : (none, new HashSet<string>(target.LeaderId is { } l ? [l] : [], StringComparer.Ordinal));
            case ExtensionTargetKind.Task:
                var task = view.Tasks.FirstOrDefault(t => t.Definition.Id == target.Id)?.Definition;
                return view.OfUnit(request.UnitId ?? task?.UnitId, task?.LeaderId);
            case ExtensionTargetKind.Rectification:
                var item = view.Inputs.Oversight.Rectifications.FirstOrDefault(r => r.Id == target.Id);
                return view.OfUnit(request.UnitId ?? item?.UnitId, item?.LeaderId);
            default:
                return view.OfUnit(request.UnitId ?? target.UnitId);
        }
    }
}
