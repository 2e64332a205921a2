namespace Responsibility.Grains.Abstractions.Text;

using Responsibility.Grains.Abstractions.Duties;

/// <summary>The 一岗双责 chain's words as people read them, for the pages, the documents and the audit trail alike.</summary>
public static class DutyText
{
    public static string CadenceName(Cadence cadence) => cadence switch
    {
        Cadence.Monthly => "每月",
        Cadence.Quarterly => "每季度",
        Cadence.HalfYearly => "每半年",
        Cadence.Yearly => "每年",
        _ => "一次性",
    };

    public static string KindName(DutyRecordKind kind) => kind switch
    {
        DutyRecordKind.Talk => "谈心谈话",
        DutyRecordKind.Reminder => "提醒谈话",
        DutyRecordKind.Interview => "约谈",
        DutyRecordKind.Study => "专题研究",
        DutyRecordKind.Inspection => "督导检查",
        DutyRecordKind.Lecture => "讲党课",
        DutyRecordKind.RiskReview => "廉政风险点排查",
        _ => "其他",
    };

    /// <summary>
    /// What a record was, as people count it: its kind, or for one the system made from the log, what it came from (a
    /// 批示 is not a talk; a meeting chaired is the 专题研究 it was made as).
    /// </summary>
    public static string RecordName(DutyRecordKind kind, DutyRecordSource source) => source switch
    {
        DutyRecordSource.Instruction => "批示督办",
        DutyRecordSource.Return => "审核退回填报",
        _ => KindName(kind),
    };

    public static string SourceName(DutyRecordSource source) => source switch
    {
        DutyRecordSource.Instruction => "批示",
        DutyRecordSource.Meeting => "主持会议",
        DutyRecordSource.Return => "退回填报",
        _ => "履责纪实",
    };

    public static string SlotStateName(SlotState state) => state switch
    {
        SlotState.Recorded => "已履责",
        SlotState.Due => "待履责",
        SlotState.Missed => "未履责",
        _ => "未到期",
    };

    public static string RiskLevelName(RiskLevel level) => level switch
    {
        RiskLevel.High => "高",
        RiskLevel.Medium => "中",
        _ => "低",
    };

    /// <summary>A slot's period as people say it: 2026年3月, 2026年第一季度, 2026年上半年, 2026年.</summary>
    public static string PeriodName(string period)
    {
        var year = period[..4];
        return period.Length switch
        {
            7 when period[5] == 'Q' => $"{year}年第{ChineseNumbers.Of(period[6] - '0')}季度",
            7 when period[5] == 'H' => $"{year}年{(period[6] == '1' ? "上" : "下")}半年",
            7 => $"{year}年{int.Parse(period[5..], System.Globalization.CultureInfo.InvariantCulture)}月",
            _ => $"{year}年",
        };
    }
}
