namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// One task as a report lists it, judged at the report's date. <see cref="Reported"/> (whether any accepted entry
/// counts) and <see cref="Direction"/> were added later: snapshots stored before them read as true and
/// higher-is-better. <see cref="NoteWithheld"/>: the note is left out of the copy a reader downloads who may not read
/// the task's entries (SPEC §3); never set in a stored report.
/// </summary>
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
    string? LatestNote,
    bool Reported = true,
    RateDirection Direction = RateDirection.HigherIsBetter,
    bool NoteWithheld = false);
