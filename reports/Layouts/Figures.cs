namespace Responsibility.Reports.Layouts;

using System.Globalization;
using Responsibility.Grains.Abstractions.Reports;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Reports.Document;

/// <summary>How reports write figures: 12次, 1169起, 87.0%, and 红黄绿灯 words.</summary>
public static class Figures
{
    public static string Amount(MetricKind kind, double value, string unitLabel) => kind switch
    {
        MetricKind.Rate => ChineseNumbers.Percent(value),
        _ => Number(value) + unitLabel,
    };

    public static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9
            ? Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture).Replace(",", "")
            : value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => ChineseNumbers.Percent(fraction);

    /// <summary>A change in percentage points, signed in words: 提高3.2个百分点.</summary>
    public static string Points(double change) => Math.Abs(change) < 0.0005
        ? "持平"
        : $"{(change > 0 ? "提高" : "下降")}{Gap(change)}";

    /// <summary>A change in percentage points for a table cell: +3.2, -1.0, 0.0.</summary>
    public static string SignedPoints(double change) =>
        (change * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    /// <summary>The size of a gap in percentage points: 3.2个百分点.</summary>
    public static string Gap(double difference) =>
        $"{Math.Abs(difference * 100).ToString("0.0", CultureInfo.InvariantCulture)}个百分点";

    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => "已完成",
        ProgressStatus.Green => "绿灯",
        ProgressStatus.Yellow => "黄灯",
        ProgressStatus.Red => "红灯",
        _ => "未开始",
    };

    public static string Result(ReportTask t) => t.Kind == MetricKind.Milestone
        ? $"完成进度{Percent(t.Percent)}"
        : $"完成{Amount(t.Kind, t.Actual, t.UnitLabel)}（目标{Amount(t.Kind, t.Target, t.UnitLabel)}，完成率{Percent(t.Ratio)}）";

    public static string Date(DateOnly date) => $"{date.Month}月{date.Day}日";
}
