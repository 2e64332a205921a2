namespace Responsibility.Api.Pages;

using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Responsibility.Api.Auth;
using Responsibility.Api.Common;
using Responsibility.Api.Inbox;
using Responsibility.Grains.Abstractions.Inbox;

/// <summary>待办: what needs the signed-in person now, each with a link to where it is done.</summary>
public sealed class InboxModel(ISender sender) : PageModel
{
    public InboxResponse Inbox { get; private set; } = null!;

    public Caller Caller { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Inbox = await sender.Send(new GetInbox());
        Caller = await sender.Send(new GetMe());
    }

    /// <summary>Where the item is dealt with.</summary>
    public string Link(InboxItem item) => item.Kind switch
    {
        InboxItemKind.ReportDue or InboxItemKind.EntryReturned or InboxItemKind.TemplateAdjusted => $"/tasks/{item.TaskId}",
        InboxItemKind.TemplateToAssign => $"/b/{Caller.BrigadeId}/admin/tasks/{item.TaskId}",
        InboxItemKind.TemplateItemToAssign or InboxItemKind.TemplateItemAdjusted =>
            $"/b/{Caller.BrigadeId}/duties/{item.Year}#item-{Uri.EscapeDataString(item.DutyItemId ?? "")}",
        InboxItemKind.UnitUnreported => $"/b/{Caller.BrigadeId}/units/{item.UnitId}",
        InboxItemKind.ExtensionToDecide => $"/b/{Caller.BrigadeId}/extensions",
        InboxItemKind.AccountabilityReturned or InboxItemKind.AccountabilityToDecide =>
            $"/b/{Caller.BrigadeId}/leaders/{Uri.EscapeDataString(item.LeaderId ?? "")}/accountability/{item.Year}",
        InboxItemKind.ReminderTalk => $"/b/{Caller.BrigadeId}/records/new?leader={Uri.EscapeDataString(Caller.LeaderId ?? "")}",
        InboxItemKind.DutySlot => item.UnitId is { } unit
            ? $"/b/{Caller.BrigadeId}/records/new?unit={Uri.EscapeDataString(unit)}&slot={Uri.EscapeDataString(item.SlotId ?? "")}"
            : $"/b/{Caller.BrigadeId}/records/new?leader={Uri.EscapeDataString(Caller.LeaderId ?? "")}&slot={Uri.EscapeDataString(item.SlotId ?? "")}",
        InboxItemKind.RectificationDue or InboxItemKind.RectificationWarning or InboxItemKind.RectificationOverdue
            or InboxItemKind.RectificationToCheck => $"/b/{Caller.BrigadeId}/rectifications/{item.RectificationId}",
        _ => $"/instructions/{item.InstructionId}",
    };

    /// <summary>What to do about it, in a few words; an instruction's items name the unit it is addressed to.</summary>
    public static string Action(InboxItem item) => item.Kind switch
    {
        InboxItemKind.ReportDue => item.Overdue ? "已过填报截止日，请尽快填报" : "本期尚未填报",
        InboxItemKind.EntryReturned => $"被退回：{item.Detail}",
        InboxItemKind.InstructionToAnswer => item.Overdue ? "已逾期，请尽快答复办理情况" : "请答复办理情况",
        InboxItemKind.InstructionAnswered => $"{item.UnitName ?? "承办单位"}已答复，待您办结：{item.Detail}",
        InboxItemKind.UnitUnreported => $"{item.Count} 项任务宽限期满仍未填报，请督促",
        InboxItemKind.DutySlot => $"{item.Detail}，请记录履责纪实",
        InboxItemKind.RectificationDue => item.Detail ?? (item.Overdue ? "整改已逾期，请尽快报送整改情况" : "请按时完成整改并报送整改情况"),
        InboxItemKind.RectificationWarning => $"{item.UnitName ?? "责任单位"}{(item.Overdue ? "整改已逾期，请督促" : "整改临近时限，请督促")}",
        InboxItemKind.RectificationOverdue => $"{item.UnitName ?? "责任单位"}整改已逾期",
        InboxItemKind.RectificationToCheck => $"{item.UnitName ?? "责任单位"}已报送整改情况，待您销号或退回：{item.Detail}",
        InboxItemKind.ExtensionToDecide => $"{item.UnitName ?? "申请单位"}{item.Detail}，待您审批",
        InboxItemKind.AccountabilityReturned => "已退回，请按意见修改后重新提交",
        InboxItemKind.AccountabilityToDecide => "已提交，待您审核（退回或通过）",
        InboxItemKind.ReminderTalk => $"{item.Detail}，请开展提醒谈话并记录",
        InboxItemKind.DetachmentInstructionToAnswer => item.Detail ?? (item.Overdue ? "支队督办已逾期，请尽快答复办理情况" : "支队督办，请答复办理情况"),
        InboxItemKind.DetachmentInstructionOverdue => "支队督办逾期未答复，宽限期已过，请立即办理并答复",
        InboxItemKind.TemplateToAssign => "支队交办，请分配承办单位和分管领导",
        InboxItemKind.TemplateAdjusted => item.Detail ?? "支队交办事项已调整",
        InboxItemKind.TemplateItemToAssign => "支队交办清单事项，请设置责任主体",
        InboxItemKind.TemplateItemAdjusted => item.Detail ?? "支队交办清单事项已调整",
        _ => $"{item.UnitName ?? "承办单位"}逾期未办结，宽限期已过，请督办",
    };

    /// <summary>Each kind its colour: what the person must do themselves stands out from what they follow up.</summary>
    public static string BadgeClass(InboxItemKind kind) => "inbox-" + kind.ToString().ToLowerInvariant();
}
