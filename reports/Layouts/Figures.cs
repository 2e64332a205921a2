namespace Responsibility.Reports.Layouts;

using System.Globalization;
using Responsibility.Grains.Abstractions.Tasks;
using Responsibility.Grains.Abstractions.Text;
using Responsibility.Reports.Document;

/// <summary>
/// How reports write figures: amounts (12次, 1169起), a Rate's levels as people set them (90%, 87.5%), computed
/// progress with one decimal (87.0%), and 红黄绿灯 words.
/// </summary>
public static class Figures
{
    /// <summary>A task's or indicator's figure in its own terms: a Count with its unit, a Rate as a level.</summary>
    public static string Amount(MetricKind kind, double value, string unitLabel) => kind switch
    {
        MetricKind.Rate => Level(value),
        _ => Number(value) + unitLabel,
    };

    /// <summary>A Rate's target or value: 0.9 → 90%, 0.875 → 87.5%.</summary>
    public static string Level(double fraction) => ChineseNumbers.Level(fraction);

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

    public static string Status(ProgressStatus status) => TaskText.StatusName(status);

    public static string Date(DateOnly date) => $"{date.Month}月{date.Day}日";
}
