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
}
