namespace Responsibility.Grains.Abstractions.Detachments;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>
/// What a brigade's 支队 may see of it as of the end of a day: its overall rollup, the units 催报 names (those still not
/// reported once the cycle's grace period is over), the 督办 and 整改 overdue that day, the extensions granted in the year
/// up to that day, and the mean of its units' 考核 totals for the period containing the day (null without a scheme).
/// Figures only: no entry, note or instruction text leaves the brigade.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.BrigadeFigures")]
public sealed record BrigadeFigures(
    string BrigadeId,
    string Name,
    int Year,
    DateOnly AsOf,
    Rollup Overall,
    int UnreportedUnits,
    int OverdueInstructions,
    int OverdueRectifications,
    int Extensions,
    double? Score,
    string? ScorePeriod);

/// <summary>
/// The units 催报 names on a day: each unit with a task of the cycle containing the day still not reported once the
/// cycle's grace period is over (none before), as the brigade's deadlines and its leaders' inboxes judge it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.BrigadeReporting")]
public sealed record BrigadeReporting(Rollup Overall, string CycleKey, bool GraceOver, string[] UnreportedUnitIds);
