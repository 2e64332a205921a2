namespace Responsibility.Grains.Appraisal;

using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Domain.Appraisal;
using Responsibility.Grains.Journal;

/// <summary>A year's 考核 as its events leave it: the scheme, the latest 自评分 and 考核组评分 per period and subject, locks, adjustments.</summary>
[GenerateSerializer]
public sealed class AppraisalState : IEventState<AppraisalEvent>
{
    [Id(0)]
    public AppraisalScheme? Scheme { get; set; }

    [Id(1)]
    public List<SelfEntry> Selves { get; set; } = [];

    [Id(2)]
    public List<ReviewEntry> Reviews { get; set; } = [];

    [Id(3)]
    public List<PeriodLock> Locks { get; set; } = [];

    [Id(4)]
    public List<ScoreAdjustment> Adjustments { get; set; } = [];

    /// <summary>The Idempotency-Key an adjustment was sent with, by key: the adjustment's id.</summary>
    [Id(5)]
    public Dictionary<string, string> AdjustmentKeys { get; set; } = new(StringComparer.Ordinal);

    public void Apply(AppraisalEvent e)
    {
        switch (e)
        {
            case AppraisalSchemeSaved saved:
                Scheme = saved.Scheme;
                break;
            case AppraisalSchemeCopied copied:
                Scheme = copied.Scheme;
                break;
            case AppraisalSelfEntered self:
                Selves.RemoveAll(s => s.Period == self.Period && s.Kind == self.Subject.Kind && s.SubjectId == self.Subject.Id);
                Selves.Add(new SelfEntry(self.Period, self.Subject.Kind, self.Subject.Id, self.Lines));
                break;
            case AppraisalReviewEntered review:
                Reviews.RemoveAll(s => s.Period == review.Period && s.Kind == review.Subject.Kind && s.SubjectId == review.Subject.Id);
                Reviews.Add(new ReviewEntry(review.Period, review.Subject.Kind, review.Subject.Id, review.Lines));
                break;
            case AppraisalPeriodLocked locked:
                Locks.Add(new PeriodLock(locked.Period, locked.Actor, locked.At, locked.Lines, locked.Key));
                break;
            case AppraisalAdjusted adjusted:
                Adjustments.Add(adjusted.Adjustment);
                if (adjusted.Key is { } key)
                {
                    AdjustmentKeys[key] = adjusted.Adjustment.Id;
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown appraisal event");
        }
    }
}
