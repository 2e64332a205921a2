namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>One task as a report lists it, judged at the report's date.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ReportTask")]
public sealed record ReportTask(
    string TaskId,
    string Code,
    string Title,
    string Category,
    string UnitId,
    string UnitName,
    string LeaderId,
    string LeaderName,
    DutyLine DutyLine,
    MetricKind Kind,
    double Target,
    string UnitLabel,
    DateOnly Due,
    double Actual,
    double Percent,
    double Ratio,
    double Expected,
    double Lag,
    ProgressStatus Status,
    string? LatestNote);
