namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// A brigade's 考核 of one year (评责), keyed <c>{brigadeId}/{year}</c> (<see cref="GrainKeys.Appraisal"/>): the 考核方案,
/// the 自评分 and 考核组评分 entered per period and subject, the locks and the adjustments after them, each an event in
/// its own stream. Automatic points are not kept here: they are a projection of the brigade's log, counted as of the
/// day asked; a lock freezes them as they stood at the period's end.
/// </summary>
public interface IAppraisalGrain : IGrainWithStringKey
{
    /// <summary>The year's scheme; an empty one (no indicators, quarterly, default 档次) before the office saves one.</summary>
    Task<AppraisalScheme> GetScheme();

    /// <summary>
    /// Saves the scheme whole (Admin). Codes unique, parents first-level indicators of the same subjects, points within
    /// <see cref="AppraisalLimits"/>, children's points not above their parent's: <see cref="ErrorKind.Invalid"/> naming
    /// the field (<c>indicators[n].field</c>). Once a period is locked, <see cref="ErrorKind.Conflict"/>.
    /// </summary>
    Task<AppraisalScheme> PutScheme(AppraisalPeriodKind period, GradeThresholds grades, AppraisalIndicator[] indicators, string actor);

    /// <summary>Copies <paramref name="fromYear"/>'s scheme into this year in one action; <see cref="ErrorKind.Conflict"/> when this year has one.</summary>
    Task<AppraisalScheme> CopyFrom(int fromYear, string actor);

    /// <summary>
    /// The scores of a period (<c>2026-Q1</c> or <c>2026</c>, of this year and the scheme's kind) for units or leaders as of
    /// the end of <paramref name="asOf"/> (today when null; never past the period's end for automatic points), ranked.
    /// </summary>
    Task<AppraisalScores> GetScores(string period, DutyHolderKind subjects, DateOnly? asOf);

    /// <summary>The subject's 自评分 (replaces its earlier one) once the period has ended and until it is locked.</summary>
    Task<SubjectScore> PutSelf(string period, DutyHolder subject, SelfScore[] lines, string actor);

    /// <summary>The 考核组评分 (BrigadeLeader, Admin); a line differing from the self (or automatic) score needs a reason.</summary>
    Task<SubjectScore> PutReview(string period, DutyHolder subject, ReviewScore[] lines, string actor);

    /// <summary>
    /// Locks a period that has ended: its scores are frozen as they stand; later changes are adjustments. Again:
    /// <see cref="ErrorKind.Conflict"/>, unless it is the same <paramref name="idempotencyKey"/> as the lock's (then its answer).
    /// </summary>
    Task<AppraisalScores> Lock(string period, string actor, string? idempotencyKey = null);

    /// <summary>
    /// An adjustment of a locked period's line, with who and why. The same <paramref name="idempotencyKey"/> again answers
    /// the first adjustment and adds nothing; with another body: <see cref="ErrorKind.Unprocessable"/>.
    /// </summary>
    Task<ScoreAdjustment> Adjust(
        string period, DutyHolder subject, string indicator, decimal points, string reason, string actor, string? idempotencyKey = null);

    /// <summary>The periods locked so far, by key.</summary>
    Task<string[]> GetLockedPeriods();
}
