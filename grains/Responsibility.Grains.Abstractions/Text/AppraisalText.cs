namespace Responsibility.Grains.Abstractions.Text;

using Responsibility.Grains.Abstractions.Appraisal;

/// <summary>The words pages, the 考核评分表, reports and the 操作记录 use for 考核 and 测评.</summary>
public static class AppraisalText
{
    public static string GradeName(AppraisalGrade grade) => grade switch
    {
        AppraisalGrade.Excellent => "优秀",
        AppraisalGrade.Competent => "称职",
        AppraisalGrade.Basic => "基本称职",
        _ => "不称职",
    };

    public static string PeriodName(AppraisalPeriod period) =>
        period.Quarter is { } q ? $"{period.Year}年第{ChineseNumbers.Of(q)}季度" : $"{period.Year}年度";

    public static string RuleName(AppraisalRuleKind kind) => kind switch
    {
        AppraisalRuleKind.ReportedOnTime => "按时填报",
        AppraisalRuleKind.TaskDone => "任务完成",
        AppraisalRuleKind.TaskOnPace => "任务达到序时进度",
        AppraisalRuleKind.InstructionClosedOnTime => "督办事项按期办结",
        AppraisalRuleKind.RectificationClosedOnTime => "整改按期销号",
        AppraisalRuleKind.EntryReturned => "填报被退回",
        AppraisalRuleKind.Extension => "申请延期",
        AppraisalRuleKind.DutySlotRecorded => "按时履责",
        AppraisalRuleKind.DutySlotMissed => "未履责",
        AppraisalRuleKind.PledgeSigned => "签订责任书",
        AppraisalRuleKind.Commended => "通报表扬",
        _ => "通报批评",
    };
}
