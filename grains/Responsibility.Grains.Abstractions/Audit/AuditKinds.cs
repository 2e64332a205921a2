namespace Responsibility.Grains.Abstractions.Audit;

/// <summary>The kinds of change the log records, by their stable names, with what people call them.</summary>
public static class AuditKinds
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["TaskDefined"] = "创建任务",
        ["TaskChanged"] = "修改任务",
        ["ProgressReported"] = "填报进度",
        ["EntryReturned"] = "退回填报",
        ["BrigadeConfigured"] = "设置大队",
        ["UnitDefined"] = "设置单位",
        ["LeaderDefined"] = "设置班子成员",
        ["TaskIndexed"] = "列入任务清单",
        ["AccountChanged"] = "账号变更",
        ["InstructionIssued"] = "下达批示",
        ["InstructionAnswered"] = "答复批示",
        ["InstructionClosed"] = "批示办结",
        ["InstructionReopened"] = "批示重新办理",
        ["InstructionEscalated"] = "逾期督办",
        ["MeetingRecorded"] = "记录例会",
        ["DecisionAdded"] = "例会议定事项",
        ["RatingClosed"] = "结束民主测评",
        ["BallotCast"] = "民主测评投票",
        ["ReportingUrged"] = "催报",
        ["DutyItemPut"] = "设置清单事项",
        ["DutyItemRemoved"] = "删除清单事项",
        ["DutyRecorded"] = "履责纪实",
        ["PledgeSigned"] = "签订责任书",
        ["RiskPut"] = "登记廉政风险点",
        ["TaskDueMoved"] = "延期调整时限",
        ["InstructionDueMoved"] = "延期调整时限",
        ["SlotDueMoved"] = "延期调整时限",
        ["ExtensionRequested"] = "申请延期",
        ["ExtensionGranted"] = "批准延期",
        ["ExtensionRefused"] = "不予延期",
        ["TaskTemplateAdjusted"] = "支队交办事项已调整",
        ["TemplateTaskReceived"] = "接收支队交办任务",
        ["TemplateTaskAssigned"] = "分配支队交办任务",
        ["TemplateTaskAdjusted"] = "支队交办事项已调整",
        ["TemplateItemReceived"] = "接收支队交办清单事项",
        ["TemplateItemAdjusted"] = "支队交办清单事项已调整",
    };
}
