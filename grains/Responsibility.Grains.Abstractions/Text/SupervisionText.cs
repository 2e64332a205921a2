namespace Responsibility.Grains.Abstractions.Text;

using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>Instructions, inbox items and reporting cycles as people read them, for the pages and the reports alike.</summary>
public static class SupervisionText
{
    public static string StatusName(InstructionStatus status) => status switch
    {
        InstructionStatus.Closed => "已办结",
        InstructionStatus.Answered => "已答复待办结",
        InstructionStatus.Overdue => "逾期未办结",
        _ => "正在办理",
    };

    public static string StepName(InstructionStepKind kind) => kind switch
    {
        InstructionStepKind.Answered => "答复办理情况",
        InstructionStepKind.Closed => "办结",
        InstructionStepKind.Reopened => "重新交办",
        InstructionStepKind.Extended => "延期",
        _ => "逾期转分管领导督办",
    };

    public static string ItemName(InboxItemKind kind) => kind switch
    {
        InboxItemKind.ReportDue => "本期待填报",
        InboxItemKind.EntryReturned => "填报被退回",
        InboxItemKind.InstructionToAnswer => "批示待答复",
        InboxItemKind.InstructionAnswered => "批示待办结",
        InboxItemKind.UnitUnreported => "催报",
        InboxItemKind.DutySlot => "责任清单",
        InboxItemKind.RectificationDue => "整改待办",
        InboxItemKind.RectificationWarning => "整改预警",
        InboxItemKind.RectificationOverdue => "整改逾期",
        InboxItemKind.RectificationToCheck => "整改待核查",
        InboxItemKind.ExtensionToDecide => "延期待审批",
        InboxItemKind.AccountabilityReturned => "述责述廉退回",
        InboxItemKind.AccountabilityToDecide => "述责述廉待审核",
        InboxItemKind.ReminderTalk => "提醒谈话",
        InboxItemKind.DetachmentInstructionToAnswer => "支队督办待答复",
        InboxItemKind.DetachmentInstructionOverdue => "支队督办逾期",
        InboxItemKind.TemplateToAssign => "支队交办待分配",
        InboxItemKind.TemplateAdjusted => "支队交办已调整",
        InboxItemKind.TemplateItemToAssign => "支队交办清单事项待分配",
        InboxItemKind.TemplateItemAdjusted => "支队交办清单事项已调整",
        _ => "逾期督办",
    };

    /// <summary>Who closes an instruction when nobody named on it can any more.</summary>
    public const string BrigadeLeaders = "大队领导";

    /// <summary>How a 支队's 督办 is labelled in the brigade's lists and pages.</summary>
    public const string FromDetachment = "支队督办";

    /// <summary>The instruction page's line on who closes it, e.g. "高鹏（督办领导）".</summary>
    public static string CloserLine(CloserKind kind, string name) => kind switch
    {
        CloserKind.Author => $"{name}（批示人）",
        CloserKind.SupervisingLeader => $"{name}（督办领导）",
        CloserKind.Detachment => $"{name}（支队领导）",
        _ => $"{name}（原批示人和督办领导均已不能办结）",
    };

    public static string CycleName(ReportingCycle cycle) => cycle == ReportingCycle.Quarterly ? "每季度" : "每月";
}
