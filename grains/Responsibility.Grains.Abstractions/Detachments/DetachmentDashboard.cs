namespace Responsibility.Grains.Abstractions.Detachments;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>
/// One brigade's figures as they flow up (SPEC §6 dashboard): its overall rollup, units not reported this cycle,
/// overdue 督办 and 整改, extensions granted this year, and its 考核 score and rank among the detachment's brigades
/// (null while the brigade has no scheme for the year).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentDashboardRow")]
public sealed record DetachmentDashboardRow(
    string BrigadeId,
    string Name,
    double Percent,
    double Expected,
    int TaskCount,
    StatusCounts Counts,
    int UnreportedUnits,
    int OverdueInstructions,
    int OverdueRectifications,
    int Extensions,
    double? Score,
    int? Rank);

/// <summary>The detachment's brigades side by side as of a day (default: today in the detachment's zone).</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentDashboard")]
public sealed record DetachmentDashboard(string DetachmentId, int Year, DateOnly AsOf, DetachmentDashboardRow[] Brigades);
