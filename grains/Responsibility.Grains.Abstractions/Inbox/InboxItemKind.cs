namespace Responsibility.Grains.Abstractions.Inbox;

public enum InboxItemKind
{
    /// <summary>A task of the reader's unit not yet reported in this cycle (unit head).</summary>
    ReportDue = 0,

    /// <summary>An entry of the reader's unit returned (退回) and not reported again since (unit head).</summary>
    EntryReturned = 1,

    /// <summary>An instruction to the reader's unit waiting for its answer (unit head).</summary>
    InstructionToAnswer = 2,

    /// <summary>An instruction the reader wrote, answered and waiting for 办结 (its author).</summary>
    InstructionAnswered = 3,

    /// <summary>A supervised unit still not reported once the grace period is over (催报, supervising leader).</summary>
    UnitUnreported = 4,

    /// <summary>A supervised instruction overdue beyond the grace period (逾期督办, supervising leader).</summary>
    InstructionOverdue = 5,

    /// <summary>
    /// A slot of the 责任清单 the reader holds, due now or missed (未履责) lately: a leader's own, a unit head's unit's. Gone
    /// once a record fulfils it.
    /// </summary>
    DutySlot = 6,

    /// <summary>
    /// A 整改 item of the reader's unit not closed, once within the first warning (20 days) of its due date, returned, or
    /// overdue (unit head).
    /// </summary>
    RectificationDue = 7,

    /// <summary>A 整改 item of a unit the reader supervises (分管) within the second warning (10 days) or overdue.</summary>
    RectificationWarning = 8,

    /// <summary>A 整改 item overdue, to the brigade's leaders (大队长).</summary>
    RectificationOverdue = 9,

    /// <summary>A 整改 item reported and waiting for its check (销号 or 退回): its inspectors and the brigade's leaders.</summary>
    RectificationToCheck = 10,

    /// <summary>An extension request waiting for the reader's decision.</summary>
    ExtensionToDecide = 11,

    /// <summary>The reader's own 述责述廉报告 returned with a note: to edit and submit again (issue 19; 40+ are 述责述廉's).</summary>
    AccountabilityReturned = 40,

    /// <summary>Another leader's 述责述廉报告 submitted and waiting to be returned or accepted (BrigadeLeader).</summary>
    AccountabilityToDecide = 41,

    /// <summary>
    /// A leader rated below the brigade's threshold at a closed 民主测评, to its 第一责任人 until they record a 提醒谈话
    /// (<see cref="Duties.DutyRecordKind.Reminder"/>) with that leader on or after the meeting.
    /// </summary>
    ReminderTalk = 42,

    /// <summary>
    /// A 支队督办 to the reader's brigade waiting for its answer (办理情况), to every BrigadeLeader; flagged overdue past its
    /// due date (issue 20; 55–59 are the detachment's 督办).
    /// </summary>
    DetachmentInstructionToAnswer = 55,

    /// <summary>A 支队督办 still unanswered beyond the grace period after its due date (逾期), to every BrigadeLeader.</summary>
    DetachmentInstructionOverdue = 56,
    /// <summary>A task handed down by the 支队 (支队交办) waiting for its unit and leader (Admin); gone once assigned.</summary>
    TemplateToAssign = 50,

    /// <summary>
    /// The 支队 changed a task it handed down (支队交办事项已调整): what changed, to the Admin, for
    /// <see cref="InboxItem"/>s of the last <c>InboxRules.TemplateChangeShownDays</c> days.
    /// </summary>
    TemplateAdjusted = 51,

    /// <summary>A 责任清单 item handed down by the 支队 (支队交办清单事项) with no holder yet (Admin); gone once holders are set.</summary>
    TemplateItemToAssign = 52,

    /// <summary>The 支队 changed a 清单 item it handed down: what changed, to the Admin, for the last <c>TemplateChangeShownDays</c> days.</summary>
    TemplateItemAdjusted = 53,
}
