namespace Responsibility.Grains.Abstractions.Text;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>The words pages, ledgers, reports, 通报 and the 操作记录 use for inspections, their 整改 items and 通报.</summary>
public static class InspectionText
{
    public static string KindName(InspectionKind kind) => kind switch
    {
        InspectionKind.EnforcementQuality => "执法质量检查",
        InspectionKind.Supervision => "督察",
        InspectionKind.Patrol => "巡察",
        InspectionKind.Audit => "审计",
        InspectionKind.Evaluation => "上级考评",
        _ => "其他检查",
    };

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.High => "严重",
        Severity.Medium => "较重",
        _ => "一般",
    };

    public static string StateName(RectificationState state) => state switch
    {
        RectificationState.Reported => "已报送待核查",
        RectificationState.Returned => "已退回",
        RectificationState.Closed => "已销号",
        _ => "整改中",
    };

    public static string BulletinKindName(BulletinKind kind) => kind switch
    {
        BulletinKind.Commendation => "表扬通报",
        BulletinKind.Criticism => "批评通报",
        _ => "情况通报",
    };
}
