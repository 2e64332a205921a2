namespace Responsibility.Grains.Abstractions.Detachments;

using Responsibility.Grains.Abstractions.Rollups;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// 月度调度通报: a 支队's brigades as of the end of one month (in the detachment's time zone), ranked, with each
/// brigade's Red tasks and the 督办 the detachment issued to its brigades. An immutable snapshot: a regeneration stores
/// a new <see cref="Version"/> beside the earlier ones and keeps the month's <see cref="Number"/> (第N期 of the
/// detachment's series for <see cref="Year"/>). <see cref="Instructions"/> stood as on the day the report was composed.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentReport")]
public sealed record DetachmentReport(
    string DetachmentId,
    string DetachmentName,
    string TimeZone,
    int Year,
    int Month,
    int Version,
    int Number,
    DateOnly AsOf,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    DetachmentReportBrigade[] Brigades,
    DetachmentInstructionLine[] Instructions)
{
    /// <summary>"〔2026〕第5期".</summary>
    public string NumberText => $"〔{Year}〕第{Number}期";
}

/// <summary>
/// One brigade's line, as its figures stood at the month's end: <see cref="Rank"/> 1 for the highest percent (ties: fewer
/// Red, then the brigade id). <see cref="Red"/> lists its Red tasks, most behind first, at most
/// <see cref="DetachmentReportBrigade.RedListed"/> of them; <c>Counts.Red</c> counts them all.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentReportBrigade")]
public sealed record DetachmentReportBrigade(
    int Rank,
    string BrigadeId,
    string Name,
    double Percent,
    double Expected,
    int TaskCount,
    StatusCounts Counts,
    int UnreportedUnits,
    int OverdueInstructions,
    int OverdueRectifications,
    DetachmentRedTask[] Red)
{
    /// <summary>Red tasks a snapshot keeps per brigade: a 通报 is read at a meeting, the rest are counted.</summary>
    public const int RedListed = 50;
}

/// <summary>A Red task of a brigade: its code, title, unit (by name as the brigade named it), percent vs expected.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentRedTask")]
public sealed record DetachmentRedTask(string TaskId, string Code, string Title, string UnitId, string UnitName, double Percent, double Expected);

/// <summary>
/// A 督办 the detachment issued to one of its brigades, and where it stands (<see cref="InstructionStatus.Overdue"/>: past
/// <see cref="DueDate"/> and not closed); <see cref="ClosedOn"/> the day it was closed (办结).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentInstructionLine")]
public sealed record DetachmentInstructionLine(
    string InstructionId,
    string BrigadeId,
    string BrigadeName,
    string Text,
    DateOnly IssuedOn,
    DateOnly DueDate,
    InstructionStatus Status,
    DateOnly? ClosedOn);

/// <summary>A month in the list of a detachment's reports: its number, versions, and who made the latest.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.DetachmentReportInfo")]
public sealed record DetachmentReportInfo(
    int Year,
    int Month,
    int Number,
    int Versions,
    DateTimeOffset LatestGeneratedAt,
    string LatestGeneratedBy);
