namespace Responsibility.Grains.Abstractions.Text;

using System.Globalization;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A task's figures and names as people read them, for the pages and the audit trail alike.</summary>
public static class TaskText
{
    public static string DutyLineName(DutyLine line) =>
        line == DutyLine.Business ? "业务工作" : "法治建设·党风廉政";

    /// <summary>红黄绿灯 in words, as reports, pages and charts' legends write them.</summary>
    public static string StatusName(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => "已完成",
        ProgressStatus.Green => "绿灯",
        ProgressStatus.Yellow => "黄灯",
        ProgressStatus.Red => "红灯",
        _ => "未开始",
    };

    public static string MetricKindName(MetricKind kind) => kind switch
    {
        MetricKind.Count => "计数",
        MetricKind.Rate => "比率",
        _ => "节点",
    };

    /// <summary>
    /// Whether the metric's figures are percentages: a Rate, unless its target was stored above 1 under older rules,
    /// when its figures are plain numbers in its own unit.
    /// </summary>
    public static bool IsPercent(Metric metric) => metric.Kind == MetricKind.Rate && metric.Target <= 1;

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A task's target: "12 次", "≥ 90%", "3 个节点".</summary>
    public static string Target(Metric metric) => metric.Kind switch
    {
        MetricKind.Milestone => $"{metric.Stages.Length} 个节点",
        MetricKind.Rate => (metric.Direction == RateDirection.LowerIsBetter ? "≤ " : "≥ ") + Figure(metric, metric.Target),
        _ => Figure(metric, metric.Target),
    };

    /// <summary>What an entry reported: a Count increment, a Rate level, or the name of a milestone stage.</summary>
    public static string EntryValue(Metric metric, double? value, int? stage) =>
        stage is int s && s >= 0 && s < metric.Stages.Length ? $"完成节点“{metric.Stages[s].Name}”"
        : value is double v ? metric.Kind == MetricKind.Count ? "+" + Figure(metric, v) : Figure(metric, v)
        : "";

    /// <summary>A value in the metric's terms: a percentage level (0.87 → "87%") or a number and its unit ("12 次").</summary>
    public static string Figure(Metric metric, double value) =>
        IsPercent(metric) ? ChineseNumbers.Level(value) : $"{Number(value)} {metric.UnitLabel}".TrimEnd();
}
