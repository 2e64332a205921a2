namespace Responsibility.Api.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>Whom an indicator scores, or which ranking is asked for, as the API spells it.</summary>
public enum AppraisalSubjects
{
    Units = 0,
    Leaders = 1,
}

public sealed record GradesBody(decimal Excellent, decimal Competent, decimal Basic);

public sealed record RuleBody(AppraisalRuleKind Kind, decimal Points, decimal? Base);

public sealed record IndicatorBody(
    string Code, string Name, string? Parent, decimal MaxPoints, AppraisalSubjects Subjects, RuleBody? Rule, string? Standard);

/// <summary>A year's 考核方案: its period, 档次 thresholds and two levels of indicators.</summary>
public sealed record SchemeResponse(
    int Year, AppraisalPeriodKind Period, GradesBody Grades, IndicatorBody[] Indicators, string[] Periods, string[] Locked,
    int Version, string? UpdatedBy, DateTimeOffset? UpdatedAt)
{
    public static SchemeResponse From(AppraisalScheme s, string[] locked) => new(
        s.Year, s.Period, new(s.Grades.Excellent, s.Grades.Competent, s.Grades.Basic),
        [.. s.Indicators.Select(i => new IndicatorBody(
            i.Code, i.Name, i.Parent, i.MaxPoints, Subjects(i.Subjects), i.Rule is { } r ? new RuleBody(r.Kind, r.Points, r.Base) : null, i.Standard))],
        [.. AppraisalPeriod.Of(s.Year, s.Period).Select(p => p.Key)], locked, s.Version, s.UpdatedBy, s.UpdatedAt);

    public static AppraisalSubjects Subjects(DutyHolderKind kind) => kind == DutyHolderKind.Unit ? AppraisalSubjects.Units : AppraisalSubjects.Leaders;

    public static DutyHolderKind Kind(AppraisalSubjects subjects) => subjects == AppraisalSubjects.Units ? DutyHolderKind.Unit : DutyHolderKind.Leader;
}

/// <summary>
/// What a point came from. <see cref="Id"/>, <see cref="TaskId"/> and <see cref="Label"/> are left out (null) where the
/// thing is an entry, instruction, 整改 item or extension the reader may not see (SPEC §3: counts, not details).
/// </summary>
public sealed record CauseResponse(ScoreCauseKind Kind, string? Id, string? TaskId, DateOnly On, decimal Points, string? Label);

public sealed record SelfResponse(decimal Points, string? Note, string[] AttachmentIds);

public sealed record ReviewResponse(decimal Points, string? Reason);

public sealed record AdjustmentResponse(string Id, string Period, SubjectResponse Subject, string Indicator, decimal Points, string Reason, string By, DateTimeOffset At);

public sealed record SubjectResponse(DutyHolderKind Kind, string Id, string? Name);

public sealed record LineResponse(
    string Indicator, decimal MaxPoints, decimal? Auto, SelfResponse? Self, ReviewResponse? Review, AdjustmentResponse[] Adjustments,
    decimal Points, CauseResponse[] Causes);

public sealed record SubjectScoreResponse(SubjectResponse Subject, decimal Points, int Rank, AppraisalGrade Grade, LineResponse[] Lines);

/// <summary>A period's ranking of units or leaders as of a day; <see cref="Locked"/> once the 考核组 locked it.</summary>
public sealed record ScoresResponse(
    string Period, AppraisalSubjects Subjects, DateOnly AsOf, bool Locked, string? LockedBy, DateTimeOffset? LockedAt, SubjectScoreResponse[] Scores);
