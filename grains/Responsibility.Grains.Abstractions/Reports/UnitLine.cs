namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>
/// 二、各单位推进情况: one row per unit; <see cref="EntriesThisMonth"/> = 0 marks 未填报. <see cref="EvidenceThisMonth"/>
/// counts the files attached to the month's accepted entries, <see cref="AnswerEvidenceThisMonth"/> those attached to the
/// answers the unit gave to instructions in the month and still standing at its end (both 0 in reports stored before they existed).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.UnitLine")]
public sealed record UnitLine(
    string UnitId,
    string Name,
    string? Head,
    int TaskCount,
    StatusCounts Counts,
    double Percent,
    double Expected,
    double PreviousPercent,
    int EntriesThisMonth,
    int EvidenceThisMonth = 0,
    int AnswerEvidenceThisMonth = 0);
