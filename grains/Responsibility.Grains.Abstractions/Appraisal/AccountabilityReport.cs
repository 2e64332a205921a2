namespace Responsibility.Grains.Abstractions.Appraisal;

using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Rollups;

/// <summary>Where a 述责述廉报告 stands: drafted, submitted by the leader, returned with a note, accepted (then frozen).</summary>
public enum AccountabilityState
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}

/// <summary>What happened to a 述责述廉报告, each an event of the leader's stream.</summary>
public enum AccountabilityStepKind
{
    /// <summary>Drafted from the data (a new version).</summary>
    Drafted,

    /// <summary>The leader saved their text (a new version).</summary>
    Saved,

    Submitted,

    /// <summary>Returned by a BrigadeLeader with a note; the leader edits again.</summary>
    Returned,

    Accepted,
}

/// <summary>
/// The four parts of a 述责述廉报告 as plain text, one paragraph per line: 一、履行主体责任和“一岗双责”情况
/// (<see cref="Performance"/>), 二、存在的问题, 三、下一步打算, 四、廉洁自律情况 (<see cref="Integrity"/>: only what the leader
/// wrote; empty in a draft).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountabilitySections")]
public sealed record AccountabilitySections(string Performance, string Problems, string Plans, string Integrity);

/// <summary>
/// The figures a draft was written from, as they stood on <see cref="AccountabilityReport.AsOf"/>: the tasks the leader
/// supervises on each line (<see cref="Business"/>, <see cref="Accountability"/>), their 清单 slots per line, their 履责纪实
/// of the year, the instructions they issued and how many were closed (on time against the original date), the 整改 items
/// of their units opened in the year, closed and overdue, and whether their own 责任书 is signed (null: none assigned).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountabilityFigures")]
public sealed record AccountabilityFigures(
    Rollup Business,
    Rollup Accountability,
    int DutyItems,
    DutyCompletion BusinessDuties,
    DutyCompletion AccountabilityDuties,
    int Records,
    int InstructionsIssued,
    int InstructionsClosed,
    int InstructionsClosedOnTime,
    int RectificationsOpened,
    int RectificationsClosed,
    int RectificationsOverdue,
    bool? PledgeSigned);

/// <summary>One kept version of the text: the draft (1), each save and each redraft after it.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountabilityVersion")]
public sealed record AccountabilityVersion(int Number, AccountabilityStepKind Kind, AccountabilitySections Sections, string Actor, DateTimeOffset At);

/// <summary>One step of the report's history: what, on which version, by whom, when, and a return's note.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountabilityStep")]
public sealed record AccountabilityStep(AccountabilityStepKind Kind, int Version, string Actor, DateTimeOffset At, string? Note);

/// <summary>
/// A leader's 述责述廉报告 of a year as its events leave it: the name and post it was drafted under, the day its figures
/// stand at, its state, the version shown (<see cref="Shown"/>: the latest unless an earlier one was asked for), how many
/// versions there are, and every step.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountabilityReport")]
public sealed record AccountabilityReport(
    string BrigadeId,
    string LeaderId,
    string LeaderName,
    string LeaderPost,
    int Year,
    DateOnly AsOf,
    AccountabilityState State,
    AccountabilityFigures Figures,
    AccountabilityVersion Shown,
    int Versions,
    AccountabilityStep[] History)
{
    /// <summary>The note of the return that stands (the report is Returned); null otherwise.</summary>
    public string? ReturnNote => State == AccountabilityState.Returned ? Array.FindLast(History, s => s.Kind == AccountabilityStepKind.Returned)?.Note : null;
}

/// <summary>A 述责述廉报告 as the 廉政档案 lists it.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountabilityReportInfo")]
public sealed record AccountabilityReportInfo(int Year, AccountabilityState State, int Versions, DateTimeOffset UpdatedAt);

/// <summary>What the leader may change: their 廉洁自律 text, and optionally the three drafted parts (null keeps each).</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AccountabilityEdit")]
public sealed record AccountabilityEdit(string Integrity, string? Performance = null, string? Problems = null, string? Plans = null);

/// <summary>How long a 述责述廉报告's parts may be: checked by the API and again by the grain.</summary>
public static class AccountabilityLimits
{
    /// <summary>四、廉洁自律情况: a few pages.</summary>
    public const int Integrity = 10_000;

    /// <summary>Each drafted part the leader may rewrite.</summary>
    public const int Section = 20_000;

    /// <summary>A return's note.</summary>
    public const int Note = 2000;

    /// <summary>The oldest year a report may be drafted for.</summary>
    public const int FirstYear = 2000;
}
