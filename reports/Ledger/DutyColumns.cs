namespace Responsibility.Reports.Ledger;

/// <summary>
/// The 责任清单 sheet's columns and the 廉政风险点 sheet's, named as offices name them. The 责任清单 is read back by these
/// names, in any order.
/// </summary>
public static class DutyColumns
{
    public const string Id = "编号";
    public const string Section = "类别";
    public const string Title = "事项";
    public const string Requirement = "工作要求";
    public const string DutyLine = "责任类别";
    public const string Cadence = "频次";
    public const string DueDate = "完成时限";
    public const string Evidence = "佐证材料";
    public const string Assignees = "责任人";
    public const string Tasks = "关联任务";

    /// <summary>"支队交办" for an item handed down by the 支队, empty for the brigade's own; written, not read (the source stays the item's).</summary>
    public const string Source = "来源";

    public static readonly string[] All = [Id, Section, Title, Requirement, DutyLine, Cadence, DueDate, Evidence, Assignees, Tasks, Source];

    public static readonly string[] Required = [Id, Section, Title, DutyLine, Cadence, Assignees];

    /// <summary>The 责任清单 as the reader reads it: its own sheet of the workbook, an .xlsx only.</summary>
    public static readonly LedgerSheet Sheet = new(Id, Required, DutyWorkbook.ListSheet, Grains.Abstractions.Duties.DutyLimits.MaxItems, "责任清单", "项", AcceptsCsv: false);

    public const string RiskUnit = "单位";
    public const string RiskPost = "岗位";
    public const string Risk = "风险点";
    public const string RiskManifestation = "表现形式";
    public const string RiskLevel = "等级";
    public const string RiskMeasures = "防控措施";
    public const string RiskLeader = "责任领导";

    public static readonly string[] RiskAll = [RiskUnit, RiskPost, Risk, RiskManifestation, RiskLevel, RiskMeasures, RiskLeader];

    /// <summary>The column holding a field of an item (as the API and the duty list grain name fields).</summary>
    public static string ForField(string field) => field switch
    {
        "itemId" or "id" => Id,
        "section" => Section,
        "title" => Title,
        "requirement" => Requirement,
        "dutyLine" => DutyLine,
        "cadence" => Cadence,
        "dueDate" or "year" => DueDate,
        "evidence" => Evidence,
        "taskIds" => Tasks,
        _ when field.StartsWith("assignees", StringComparison.Ordinal) => Assignees,
        _ => Id,
    };
}
