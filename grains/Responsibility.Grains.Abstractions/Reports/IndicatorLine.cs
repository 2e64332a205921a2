namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// 四、重点指标完成情况. For a Count, <see cref="ThisMonth"/> is what the month added; for a Rate it is the level
/// at the end of the month (and <see cref="YearToDate"/> the same level).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.IndicatorLine")]
public sealed record IndicatorLine(
    string Code,
    string Name,
    MetricKind Kind,
    string UnitLabel,
    double ThisMonth,
    double YearToDate,
    double Target);
