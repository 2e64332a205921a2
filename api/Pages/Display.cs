namespace Responsibility.Api.Pages;

using System.Globalization;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Grains.Domain;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;

/// <summary>
/// How the pages say things in Chinese: statuses, roles, duty lines, figures and dates. Status words and percentage
/// forms are the reports' (<see cref="Figures"/>, <see cref="ChineseNumbers"/>), so a page and the printed report agree.
/// </summary>
public static class Display
{
    public const string OverdueName = "逾期";

    public const string DueSoonName = "临近时限";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string StatusName(ProgressStatus status) => Figures.Status(status);

    /// <summary>逾期: past its due date and not done. Such a task is 红灯 too; this says why.</summary>
    public static bool IsOverdue(TaskResponse task) => task.Progress.AsOf > task.Due && task.Progress.Status != ProgressStatus.Done;

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
        Role.Admin => "管理员",
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

    /// <summary>Computed progress with one decimal: 0.4166 → "41.7%".</summary>
    public static string Percent(double fraction) => ChineseNumbers.Percent(fraction);

    /// <summary>A level people set or measure, written as they would: 0.9 → "90%", 0.875 → "87.5%".</summary>
    public static string Level(double fraction) => ChineseNumbers.Level(fraction);

    /// <summary>
    /// Whether the metric's figures are percentages: a Rate, unless its target was stored above 1 under older rules,
    /// when its figures are plain numbers in its own unit.
    /// </summary>
    public static bool IsPercent(Metric metric) => metric.Kind == MetricKind.Rate && metric.Target <= 1;

    /// <summary>A CSS width for a bar, clamped to 0–100 %.</summary>
    public static string Width(double fraction) => (Math.Clamp(fraction, 0, 1) * 100).ToString("0.##", Invariant) + "%";

    public static string Number(double value) => value.ToString("0.###", Invariant);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

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

    /// <summary>The label of the field a figure is typed into: a Count's increment, a Rate's level.</summary>
    public static string ValueLabel(Metric metric) =>
        metric.Kind == MetricKind.Count ? $"本次完成数（{metric.UnitLabel}）"
        : IsPercent(metric) ? "当前值（%）"
        : $"当前值（{metric.UnitLabel}）";

    /// <summary>A value in the metric's terms: a percentage level (0.87 → "87%") or a number and its unit ("12 次").</summary>
    public static string Figure(Metric metric, double value) =>
        IsPercent(metric) ? Level(value) : $"{Number(value)} {metric.UnitLabel}".TrimEnd();

    /// <summary>Tasks sharing an indicator are titled like "查处酒醉驾（秩序中队）"; the indicator is the part before the bracket.</summary>
    public static string WithoutBracket(string title) =>
        title.IndexOfAny(['（', '(']) is > 0 and var bracket ? title[..bracket] : title;

    public static string Time(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.ConvertTime(at, BrigadeClock.Zone(timeZone)).ToString("yyyy-MM-dd HH:mm", Invariant);
}
