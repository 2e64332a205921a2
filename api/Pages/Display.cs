namespace Responsibility.Api.Pages;

using System.Globalization;
using Responsibility.Api.Attachments;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;
using Responsibility.Reports.Layouts;

/// <summary>
/// How the pages say things in Chinese: statuses, roles, duty lines, figures and dates. Status words are the reports'
/// (<see cref="Figures"/>); figures and names come from <see cref="TaskText"/> and <see cref="ChineseNumbers"/>, shared
/// with the reports and the audit trail, so every place agrees.
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

    /// <summary>A rollup's status, judged by the brigade's thresholds as reports judge it (<see cref="StatusThresholds.OfRollup"/>).</summary>
    public static ProgressStatus StatusOf(double percent, double lag, int taskCount, StatusThresholds thresholds) =>
        thresholds.OfRollup(percent, lag, taskCount);

    public static string RoleName(Role role) => AccountText.RoleName(role);

    public static string DutyLineName(DutyLine line) => TaskText.DutyLineName(line);

    public static string MetricKindName(MetricKind kind) => TaskText.MetricKindName(kind);

    /// <summary>Computed progress with one decimal: 0.4166 → "41.7%".</summary>
    public static string Percent(double fraction) => ChineseNumbers.Percent(fraction);

    /// <summary>A level people set or measure, written as they would: 0.9 → "90%", 0.875 → "87.5%".</summary>
    public static string Level(double fraction) => ChineseNumbers.Level(fraction);

    public static bool IsPercent(Metric metric) => TaskText.IsPercent(metric);

    /// <summary>A CSS width for a bar, clamped to 0–100 %.</summary>
    public static string Width(double fraction) => (Math.Clamp(fraction, 0, 1) * 100).ToString("0.##", Invariant) + "%";

    public static string Number(double value) => TaskText.Number(value);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Target(Metric metric) => TaskText.Target(metric);

    public static string EntryValue(Metric metric, double? value, int? stage) => TaskText.EntryValue(metric, value, stage);

    /// <summary>The label of the field a figure is typed into: a Count's increment, a Rate's level.</summary>
    public static string ValueLabel(Metric metric) =>
        metric.Kind == MetricKind.Count ? $"本次完成数（{metric.UnitLabel}）"
        : IsPercent(metric) ? "当前值（%）"
        : $"当前值（{metric.UnitLabel}）";

    public static string Figure(Metric metric, double value) => TaskText.Figure(metric, value);

    /// <summary>Tasks sharing an indicator are titled like "查处酒醉驾（秩序中队）"; the indicator is the part before the bracket.</summary>
    public static string WithoutBracket(string title) =>
        title.IndexOfAny(['（', '(']) is > 0 and var bracket ? title[..bracket] : title;

    public static string InstructionStatusName(InstructionStatus status) => SupervisionText.StatusName(status);

    /// <summary>The CSS class carrying an instruction status's colour (site.css).</summary>
    public static string InstructionStatusClass(InstructionStatus status) => "ins-" + status.ToString().ToLowerInvariant();

    /// <summary>The start of a long text for a list line; the whole text is on its own page.</summary>
    public static string Excerpt(string text, int length = 60) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)] + "……";

    /// <summary>The kind of an evidence file as people name it, from the content type its bytes were read as.</summary>
    public static string FileKindName(string contentType) => FileKind.Of(contentType)?.Name ?? "文件";

    /// <summary>A file's size as people read it: "356 KB", "1.2 MB".</summary>
    public static string FileSize(long bytes) =>
        bytes < 1024 * 1024 ? $"{Math.Max(1, (bytes + 512) / 1024)} KB" : (bytes / 1024.0 / 1024).ToString("0.0", Invariant) + " MB";

    public static string Time(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.ConvertTime(at, BrigadeClock.Zone(timeZone)).ToString("yyyy-MM-dd HH:mm", Invariant);
}
