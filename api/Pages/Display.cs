namespace Responsibility.Api.Pages;

using System.Globalization;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Domain;

/// <summary>How the pages say things in Chinese: statuses, roles, duty lines, percentages and dates.</summary>
public static class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string StatusName(ProgressStatus status) => status switch
    {
        ProgressStatus.Green => "绿灯",
        ProgressStatus.Yellow => "黄灯",
        ProgressStatus.Red => "红灯",
        ProgressStatus.Done => "已完成",
        _ => "未开始",
    };

    /// <summary>The CSS class carrying the status colour (site.css).</summary>
    public static string StatusClass(ProgressStatus status) => "st-" + status.ToString().ToLowerInvariant();

    /// <summary>A rollup has no status of its own; judge its lag with the brigade's thresholds, as a task would be.</summary>
    public static ProgressStatus StatusOf(double percent, double lag, int taskCount, StatusThresholds thresholds) =>
        taskCount == 0 ? ProgressStatus.NotStarted
        : percent >= 1 ? ProgressStatus.Done
        : lag > thresholds.Red ? ProgressStatus.Red
        : lag > thresholds.Yellow ? ProgressStatus.Yellow
        : ProgressStatus.Green;

    public static string RoleName(Role role) => role switch
    {
        Role.Admin => "系统管理员",
        Role.BrigadeLeader => "大队领导",
        Role.Leader => "班子成员",
        Role.UnitHead => "单位负责人",
        _ => "查看人员",
    };

    public static string DutyLineName(DutyLine line) =>
        line == DutyLine.Business ? "业务工作" : "法治建设·党风廉政";

    public static string MetricKindName(MetricKind kind) => kind switch
    {
        MetricKind.Count => "计数",
        MetricKind.Rate => "比率",
        _ => "节点",
    };

    /// <summary>A fraction in [0,1] as a percentage with one decimal: 0.4166 → "41.7%".</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", Invariant) + "%";

    /// <summary>A CSS width for a bar, clamped to 0–100 %.</summary>
    public static string Width(double fraction) => (Math.Clamp(fraction, 0, 1) * 100).ToString("0.##", Invariant) + "%";

    public static string Number(double value) => value.ToString("0.###", Invariant);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Target(Metric metric) => metric.Kind switch
    {
        MetricKind.Milestone => $"{metric.Stages.Length} 个节点",
        MetricKind.Rate => (metric.Direction == RateDirection.LowerIsBetter ? "≤ " : "≥ ")
            + Number(metric.Target) + metric.UnitLabel,
        _ => Number(metric.Target) + " " + metric.UnitLabel,
    };

    /// <summary>What an entry reported: a Count increment, a Rate level, or the name of a milestone stage.</summary>
    public static string EntryValue(Metric metric, double? value, int? stage) =>
        stage is int s && s >= 0 && s < metric.Stages.Length ? $"完成节点“{metric.Stages[s].Name}”"
        : value is double v ? metric.Kind == MetricKind.Count ? $"+{Number(v)} {metric.UnitLabel}" : Number(v)
        : "";

    /// <summary>A value in the metric's terms: a Rate with a target up to 1 is a fraction (0.9 → 90.0%), else number and unit.</summary>
    public static string Figure(Metric metric, double value) =>
        metric.Kind == MetricKind.Rate && metric.Target <= 1 ? Percent(value) : $"{Number(value)} {metric.UnitLabel}".TrimEnd();

    /// <summary>Tasks sharing an indicator are titled like "查处酒醉驾（秩序中队）"; the indicator is the part before the bracket.</summary>
    public static string WithoutBracket(string title) =>
        title.IndexOfAny(['（', '(']) is > 0 and var bracket ? title[..bracket] : title;

    public static string Time(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.ConvertTime(at, BrigadeClock.Zone(timeZone)).ToString("yyyy-MM-dd HH:mm", Invariant);
}
