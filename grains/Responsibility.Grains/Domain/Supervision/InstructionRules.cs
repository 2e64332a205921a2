namespace Responsibility.Grains.Domain.Supervision;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>What an instruction must be to be issued, and the steps it may take; decided by the instruction grain.</summary>
public static class InstructionRules
{
    /// <summary>An instruction carries at most this many steps: a record people can still read, whatever a caller sends.</summary>
    public const int MaxSteps = 100;

    /// <summary>A due date at most this many years after the instruction: further out is a typing slip.</summary>
    public const int MaxYearsAhead = 5;

    /// <summary>
    /// The instruction a draft makes: a task's instruction goes to the task's unit under the task's leader, a unit's
    /// under the leader who supervises the unit (none when nobody does), unless the draft names the leader.
    /// </summary>
    public static InstructionDefinition Define(
        string id, InstructionDraft draft, BrigadeInfo brigade, TaskDefinition? task, string author, DateOnly today)
    {
        if (draft.DetachmentId is not null)
        {
            return FromDetachment(id, draft, brigade, author, today);
        }

        var unitId = task?.UnitId ?? draft.UnitId ?? throw DomainException.Invalid("unitId", "须指定承办单位。");
        if (Array.TrueForAll(brigade.Units, u => u.Id != unitId))
        {
            throw DomainException.Invalid("unitId", $"单位 {unitId} 不存在。");
        }

        if (draft.LeaderId is { } named && Array.TrueForAll(brigade.Leaders, l => l.Id != named))
        {
            throw DomainException.Invalid("leaderId", $"班子成员 {named} 不存在。");
        }

        var issuedOn = draft.IssuedOn ?? today;
        CheckDue(draft.DueDate, issuedOn, draft.MeetingId is null ? "批示" : "会议");

        CheckText(draft.Text);
        var leaderId = draft.LeaderId ?? task?.LeaderId ?? Array.Find(brigade.Leaders, l => l.UnitIds.Contains(unitId))?.Id;
        return new InstructionDefinition(
            id, brigade.Id, unitId, task?.Id, draft.Text.Trim(), issuedOn, draft.DueDate, author, leaderId, draft.MeetingId,
            draft.DecisionNumber, draft.RecordId);
    }

    /// <summary>
    /// A 支队督办: to a brigade of the issuing detachment, on no unit, task, leader, meeting or record; the brigade's leaders
    /// answer it and the detachment closes it.
    /// </summary>
    private static InstructionDefinition FromDetachment(string id, InstructionDraft draft, BrigadeInfo brigade, string author, DateOnly today)
    {
        if (brigade.DetachmentId != draft.DetachmentId)
        {
            throw DomainException.Invalid("brigadeId", $"大队 {brigade.Id} 不属于该支队。");
        }

        if (draft.UnitId is not null || draft.TaskId is not null || draft.LeaderId is not null || draft.MeetingId is not null || draft.RecordId is not null)
        {
            throw DomainException.Invalid("unitId", "支队督办交大队办理，不指定单位、任务或督办领导。");
        }

        var issuedOn = draft.IssuedOn ?? today;
        CheckDue(draft.DueDate, issuedOn, "督办");
        CheckText(draft.Text);
        return new InstructionDefinition(
            id, brigade.Id, InstructionDefinition.NoUnit, null, draft.Text.Trim(), issuedOn, draft.DueDate, author, null, null, null, null,
            draft.DetachmentId);
    }

    private static void CheckDue(DateOnly? dueDate, DateOnly issuedOn, string what)
    {
        if (dueDate is { } due && due < issuedOn)
        {
            throw DomainException.Invalid("dueDate", $"办理时限不能早于{what}日期 {issuedOn:yyyy-MM-dd}。");
        }

        if (dueDate is { } far && far > issuedOn.AddYears(MaxYearsAhead))
        {
            throw DomainException.Invalid("dueDate", $"办理时限不能晚于{MaxYearsAhead}年之后。");
        }
    }

    private static void CheckText(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw DomainException.Invalid("text", "批示内容不能为空。");
        }
    }

    public static void CheckAnswer(InstructionRecord record)
    {
        if (record.IsClosed())
        {
            throw DomainException.Conflict("该批示已办结，如需继续办理，请由批示人重新交办。");
        }

        CheckRoom(record);
    }

    public static void CheckClose(InstructionRecord record)
    {
        if (record.IsClosed())
        {
            throw DomainException.Conflict("该批示已办结。");
        }

        CheckRoom(record);
    }

    public static void CheckReopen(InstructionRecord record)
    {
        if (!record.IsClosed() && record.Answer() is null)
        {
            throw DomainException.Conflict("该批示尚未答复或办结，无需重新办理。");
        }

        CheckRoom(record);
    }

    /// <summary>
    /// Overdue beyond the grace period, not closed and not yet escalated: time to tell the supervising leader. A 支队督办 has
    /// none: its 逾期 stands in the brigade leaders' inbox instead.
    /// </summary>
    public static bool EscalationDue(InstructionRecord record, DateOnly today, int graceDays) =>
        !record.Definition.IsFromDetachment && !record.IsClosed() && !record.IsEscalated() && record.Due() is { } due && today > due.AddDays(graceDays);

    private static void CheckRoom(InstructionRecord record)
    {
        if (record.Steps.Length >= MaxSteps)
        {
            throw DomainException.Conflict($"该批示已办理 {MaxSteps} 次，不能再添加记录，请另行批示。");
        }
    }
}
