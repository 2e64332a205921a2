namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Rollups;

/// <summary>
/// 月度调度报告: an immutable snapshot of a brigade as of the end of one month (in its time zone), for the
/// monthly 党总支扩大会. A regeneration stores a new <see cref="Version"/> beside the old ones. A preview of the
/// running month (<see cref="IsPreview"/>, version 0) is composed as of today and never stored. Fields after
/// <see cref="DueNextMonth"/> were added later: snapshots stored before them read as null/false. <see cref="Instructions"/>
/// are those in play during the month other than <see cref="PreviousMeeting"/>'s decisions, each where it stood on
/// <see cref="SupervisionAsOf"/>, the day the report was composed (reports stored before it have none: theirs stood at
/// <see cref="AsOf"/>). <see cref="Rectifications"/> (the month's 整改 due and overdue) and <see cref="Extensions"/> (those
/// decided in the month) stood at <see cref="AsOf"/>; reports stored before 督责 have neither.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.MonthlyReport")]
public sealed record MonthlyReport(
    ReportHeader Header,
    int Year,
    int Month,
    int Version,
    DateOnly AsOf,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    ReportOverview Overview,
    UnitLine[] Units,
    LeaderLine[] Leaders,
    CategoryRollup[] Categories,
    IndicatorLine[] Indicators,
    ReportTask[] Lagging,
    ReturnedLine[] Returned,
    string[] SilentUnits,
    ReportTask[] DueNextMonth,
    string? GeneratedByName = null,
    bool IsPreview = false,
    CatchUpLine[]? CatchUp = null,
    InstructionLine[]? Instructions = null,
    MeetingLine? PreviousMeeting = null,
    DateOnly? SupervisionAsOf = null,
    RectificationTally? Rectifications = null,
    ExtensionLine[]? Extensions = null);
