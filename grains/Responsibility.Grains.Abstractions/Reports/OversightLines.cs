namespace Responsibility.Grains.Abstractions.Reports;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>
/// 五、整改: the 整改 items of month M as they stood at the report's date. <see cref="Due"/> those whose current due date
/// falls in M (closed or not); <see cref="Overdue"/> those not closed and past their current due date on the report's
/// date; <see cref="Opened"/> and <see cref="Closed"/> how many were opened and closed (销号) during M;
/// <see cref="OverdueAgainstOriginal"/> how many not closed were past their original due date (逾期 statistics use the
/// date an item was set with, whatever extensions said).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.RectificationTally")]
public sealed record RectificationTally(
    RectificationLine[] Due,
    RectificationLine[] Overdue,
    int Opened,
    int Closed,
    int OverdueAgainstOriginal);

/// <summary>
/// One 整改 item as a report lists it, its unit and 责任领导 by name. <see cref="Repeat"/>: 重复发生 (an earlier finding of
/// the same category and unit). <see cref="Withheld"/>: the problem is left out of the copy a reader downloads who may not
/// read the unit's details (SPEC §3); never set when stored.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.RectificationLine")]
public sealed record RectificationLine(
    string RectificationId,
    string UnitId,
    string UnitName,
    string LeaderId,
    string LeaderName,
    string Problem,
    string Category,
    DateOnly OriginalDue,
    DateOnly Due,
    int ExtensionCount,
    RectificationState State,
    bool Repeat,
    bool Withheld = false);

/// <summary>
/// An extension decided during the month: what it would move (its title, and its unit or the leader holding a duty slot, by
/// name), the
/// dates it was asked with, the date proposed and the one granted (null when refused), and the day it was decided.
/// <see cref="SetByLeader"/>: a leader set a new date on a target already past it. <see cref="Withheld"/>: the target's
/// title is left out of the copy a reader downloads who may not read it; never set when stored.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ExtensionLine")]
public sealed record ExtensionLine(
    string ExtensionId,
    ExtensionTargetKind TargetKind,
    string TargetId,
    string TargetTitle,
    string? UnitId,
    string? UnitName,
    string? LeaderId,
    string? LeaderName,
    DateOnly OriginalDue,
    DateOnly PreviousDue,
    DateOnly ProposedDue,
    DateOnly? GrantedDue,
    bool Granted,
    bool SetByLeader,
    int Ordinal,
    DateOnly DecidedOn,
    bool Withheld = false);

/// <summary>
/// The year's 督责 in the annual report's figures (开展执法质量检查12次，下发通报12期，督促整改问题53个): the inspections held by
/// kind, the 通报 issued by kind, the 整改 items opened during the year and how many of those were closed (整改率), how many
/// open were past their original due date, and the extensions granted and refused — all as they stood at the report's date.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.OversightFigures")]
public sealed record OversightFigures(
    InspectionTally[] Inspections,
    BulletinTally[] Bulletins,
    int RectificationsOpened,
    int RectificationsClosed,
    int RectificationsOverdue,
    int ExtensionsGranted,
    int ExtensionsRefused)
{
    public int InspectionCount => Inspections.Sum(i => i.Count);

    public int BulletinCount => Bulletins.Sum(b => b.Count);

    /// <summary>整改率: the share of the year's items closed; null when none was opened.</summary>
    public double? ClosedRate => RectificationsOpened == 0 ? null : (double)RectificationsClosed / RectificationsOpened;
}

/// <summary>How many inspections of one kind.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.InspectionTally")]
public sealed record InspectionTally(InspectionKind Kind, int Count);

/// <summary>How many 通报 of one kind were issued.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.BulletinTally")]
public sealed record BulletinTally(BulletinKind Kind, int Count);
