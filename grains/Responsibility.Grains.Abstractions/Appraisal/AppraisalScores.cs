namespace Responsibility.Grains.Abstractions.Appraisal;

using Responsibility.Grains.Abstractions.Duties;

/// <summary>Who is scored: a unit or a leader, with the name it shows.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ScoreSubject")]
public sealed record ScoreSubject(DutyHolderKind Kind, string Id, string Name);

/// <summary>What a point came from, so a page can drill from the point to the thing.</summary>
public enum ScoreCauseKind
{
    /// <summary>A reporting cycle of a unit; <see cref="ScoreCause.Id"/> is "{unitId}/{cycleKey}".</summary>
    Cycle = 0,
    Task = 1,
    Entry = 2,
    Instruction = 3,
    Rectification = 4,
    Extension = 5,
    DutySlot = 6,
    Pledge = 7,
    Bulletin = 8,
}

/// <summary>
/// One occurrence an automatic rule counted: the thing (<see cref="Kind"/>, <see cref="Id"/>; for an entry,
/// <see cref="TaskId"/> too), the day it happened and the points it earned. The log's own words, not a copy.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ScoreCause")]
public sealed record ScoreCause(ScoreCauseKind Kind, string Id, DateOnly On, decimal Points, string? TaskId = null, string? Label = null);

/// <summary>
/// A correction after a period is locked: a new fact with who and why, never an edit. <see cref="Points"/> is added to
/// the indicator's points (negative to take away).
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ScoreAdjustment")]
public sealed record ScoreAdjustment(
    string Id,
    string Period,
    DutyHolder Subject,
    string Indicator,
    decimal Points,
    string Reason,
    string By,
    DateTimeOffset At);

/// <summary>自评分 of a line by the subject: points, explanation and evidence (manual indicators; may also be given on automatic ones).</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.SelfScore")]
public sealed record SelfScore(string Indicator, decimal Points, string? Note, string[] AttachmentIds);

/// <summary>考核组评分 of a line; a <see cref="Reason"/> is required where it differs from the self (or automatic) score.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ReviewScore")]
public sealed record ReviewScore(string Indicator, decimal Points, string? Reason);

/// <summary>
/// One indicator of one subject: the automatic points with their causes (automatic indicators), the 自评分 and the
/// 考核组评分 where entered, the adjustments after the lock, and the points that count:
/// <c>(review ?? auto ?? self ?? 0) + Σ adjustments</c>, kept within [0, maxPoints] before adjustments.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.ScoreLine")]
public sealed record ScoreLine(
    string Indicator,
    decimal MaxPoints,
    decimal? Auto,
    SelfScore? Self,
    ReviewScore? Review,
    ScoreAdjustment[] Adjustments,
    decimal Points,
    ScoreCause[] Causes);

/// <summary>A subject's score of a period as of a day: its total, rank among subjects of its kind, 档次 and lines.</summary>
[GenerateSerializer, Immutable, Alias("Responsibility.SubjectScore")]
public sealed record SubjectScore(ScoreSubject Subject, decimal Points, int Rank, AppraisalGrade Grade, ScoreLine[] Lines);

/// <summary>
/// The scores of one kind of subject for a period as of a day. <see cref="Locked"/>: the period was locked (at
/// <see cref="LockedAt"/> by <see cref="LockedBy"/>); its automatic points are then those frozen at the lock.
/// </summary>
[GenerateSerializer, Immutable, Alias("Responsibility.AppraisalScores")]
public sealed record AppraisalScores(
    string BrigadeId,
    string Period,
    DutyHolderKind Subjects,
    DateOnly AsOf,
    bool Locked,
    string? LockedBy,
    DateTimeOffset? LockedAt,
    SubjectScore[] Scores);
