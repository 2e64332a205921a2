namespace Responsibility.Reports.Ledger;

/// <summary>
/// The 台账's columns, named as offices name them. The sheet is read by these names, in any order; the figures of
/// progress are for people to read and are ignored when a sheet is imported.
/// </summary>
public static class LedgerColumns
{
    public const string Code = "任务编号";
    public const string Title = "任务名称";
    public const string DutyLine = "一岗双责";
    public const string Unit = "承办单位";
    public const string Leader = "分管领导";
    public const string Category = "类别";
    public const string Kind = "考核方式";
    public const string Target = "目标";
    public const string UnitLabel = "计量单位";
    public const string Actual = "实际完成";
    public const string Percent = "完成率";
    public const string Expected = "序时进度";
    public const string Status = "状态";
    public const string LatestNote = "最新进展";
    public const string Year = "年度";
    public const string Stages = "节点";
    public const string Weight = "权重";
    public const string Start = "开始日期";
    public const string Due = "截止日期";
    public const string Indicator = "指标代码";

    /// <summary>The due date the task was planned with; with 调整后时限 and 延期次数 read only by people (import ignores them).</summary>
    public const string OriginalDue = "原定时限";
    public const string CurrentDue = "调整后时限";
    public const string Extensions = "延期次数";
    public const string Plan = "月度计划";

    /// <summary>支队交办 for a task handed down by the 支队 (read only by people; import ignores it).</summary>
    public const string Source = "来源";

    /// <summary>Every column of an exported sheet, in order: what people read first, then the rest of each task's definition.</summary>
    public static readonly string[] All =
    [
        Code, Title, DutyLine, Unit, Leader, Category, Kind, Target, UnitLabel, Actual, Percent, Expected, Status, LatestNote,
        Year, Stages, Weight, Start, Due, Indicator, Plan, OriginalDue, CurrentDue, Extensions, Source,
    ];

    /// <summary>The columns an imported sheet must have.</summary>
    public static readonly string[] Required = [Code, Title, DutyLine, Unit, Category, Kind, Target, Year, Start, Due];

    /// <summary>The column holding a field of a task request (as the API and the grains name fields).</summary>
    public static string ForField(string field) => field switch
    {
        "code" => Code,
        "year" => Year,
        "title" => Title,
        "category" => Category,
        "dutyLine" => DutyLine,
        "unitId" => Unit,
        "leaderId" => Leader,
        "metric.kind" or "metric" => Kind,
        "metric.target" or "target" or "metric.direction" => Target,
        "metric.unitLabel" or "unitLabel" => UnitLabel,
        "metric.stages" => Stages,
        "weight" => Weight,
        "start" => Start,
        "due" => Due,
        "indicatorCode" => Indicator,
        "plannedByMonth" => Plan,
        _ when field.StartsWith("metric.stages", StringComparison.Ordinal) => Stages,
        _ => Code,
    };

    /// <summary>A spreadsheet's name for a column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Letter(index / 26 - 1) + (char)('A' + index % 26);
}
