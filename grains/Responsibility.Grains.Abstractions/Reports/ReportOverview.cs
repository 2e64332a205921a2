namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>一、总体进展: the whole brigade at the end of the month, and what changed since the month before.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ReportOverview")]
public sealed record ReportOverview(
    int TaskCount,
    StatusCounts Counts,
    double Percent,
    double Expected,
    double PreviousPercent,
    ReportTask[] NewlyDone,
    ReportTask[] NewlyRed);
