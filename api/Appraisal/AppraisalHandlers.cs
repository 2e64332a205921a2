namespace Responsibility.Api.Appraisal;

using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>
/// 考核 through the year's <see cref="IAppraisalGrain"/>. Figures are open in the brigade; what a reader may not see of a
/// subject (its 自评 notes and evidence, and causes that are entries, instructions, 整改 items or extensions) is left out
/// unless the reader reads that subject's records (<see cref="HolderAction.ReadRecords"/>).
/// </summary>
public sealed class AppraisalHandlers(IGrainFactory grains, CallerAccessor callers, PermissionCheck permissions) :
    IRequestHandler<GetAppraisalScheme, SchemeResponse>,
    IRequestHandler<PutAppraisalScheme, SchemeResponse>,
    IRequestHandler<CopyAppraisalScheme, SchemeResponse>,
    IRequestHandler<GetAppraisalScores, ScoresResponse>,
    IRequestHandler<PutAppraisalSelf, SubjectScoreResponse>,
    IRequestHandler<PutAppraisalReview, SubjectScoreResponse>,
    IRequestHandler<LockAppraisalPeriod, ScoresResponse>,
    IRequestHandler<AdjustAppraisalScore, AdjustmentResponse>
{
    private static readonly ScoreCauseKind[] Details =
        [ScoreCauseKind.Entry, ScoreCauseKind.Instruction, ScoreCauseKind.Rectification, ScoreCauseKind.Extension];

    public async ValueTask<SchemeResponse> Handle(GetAppraisalScheme r, CancellationToken cancellationToken)
    {
        var grain = Grain(r.BrigadeId, r.Year);
        return SchemeResponse.From(await grain.GetScheme(), await grain.GetLockedPeriods());
    }

    public async ValueTask<SchemeResponse> Handle(PutAppraisalScheme r, CancellationToken cancellationToken)
    {
        var grain = Grain(r.BrigadeId, r.Year);
        var g = r.Grades!;
        var indicators = r.Indicators!.Select(i => new AppraisalIndicator(
            i!.Code, i.Name, i.Parent, i.MaxPoints, SchemeResponse.Kind(i.Subjects), i.Rule is { } rule ? new AppraisalRule(rule.Kind, rule.Points, rule.Base) : null,
            i.Standard)).ToArray();
        var scheme = await grain.PutScheme(r.Period!.Value, new GradeThresholds(g.Excellent, g.Competent, g.Basic), indicators, await Actor());
        return SchemeResponse.From(scheme, await grain.GetLockedPeriods());
    }

    public async ValueTask<SchemeResponse> Handle(CopyAppraisalScheme r, CancellationToken cancellationToken)
    {
        var grain = Grain(r.BrigadeId, r.Year);
        return SchemeResponse.From(await grain.CopyFrom(r.From ?? r.Year - 1, await Actor()), await grain.GetLockedPeriods());
    }

    public async ValueTask<ScoresResponse> Handle(GetAppraisalScores r, CancellationToken cancellationToken) =>
        await Scores(await Grain(r.BrigadeId, r.Year).GetScores(r.Period!, SchemeResponse.Kind(r.Subjects), r.AsOf));

    public async ValueTask<SubjectScoreResponse> Handle(PutAppraisalSelf r, CancellationToken cancellationToken)
    {
        var subject = AppraisalSubject.Of(r.BrigadeId, r.SubjectKind, r.SubjectId);
        var lines = r.Lines!.Select(l => new SelfScore(l!.Indicator!, l.Points!.Value, l.Note, l.AttachmentIds ?? [])).ToArray();
        return await One(subject, await Grain(r.BrigadeId, r.Year).PutSelf(r.Period, subject, lines, await Actor()));
    }

    public async ValueTask<SubjectScoreResponse> Handle(PutAppraisalReview r, CancellationToken cancellationToken)
    {
        var subject = AppraisalSubject.Of(r.BrigadeId, r.SubjectKind, r.SubjectId);
        var lines = r.Lines!.Select(l => new ReviewScore(l!.Indicator!, l.Points!.Value, l.Reason)).ToArray();
        return await One(subject, await Grain(r.BrigadeId, r.Year).PutReview(r.Period, subject, lines, await Actor()));
    }

    public async ValueTask<ScoresResponse> Handle(LockAppraisalPeriod r, CancellationToken cancellationToken) =>
        await Scores(await Grain(r.BrigadeId, r.Year).Lock(r.Period, await Actor(), r.IdempotencyKey));

    public async ValueTask<AdjustmentResponse> Handle(AdjustAppraisalScore r, CancellationToken cancellationToken)
    {
        var subject = new DutyHolder(r.BrigadeId, SchemeResponse.Kind(r.Subject!.Kind!.Value), r.Subject.Id!);
        var adjustment = await Grain(r.BrigadeId, r.Year).Adjust(
            r.Period, subject, r.Indicator!, r.Points!.Value, r.Reason!, await Actor(), r.IdempotencyKey);
        return Adjustment(adjustment, null);
    }

    private IAppraisalGrain Grain(string brigadeId, int year) => grains.GetGrain<IAppraisalGrain>(GrainKeys.Appraisal(brigadeId, year));

    private async Task<string> Actor() => (await callers.Get()).Username;

    private async Task<ScoresResponse> Scores(AppraisalScores scores)
    {
        var caller = await callers.Get();
        var shown = new List<SubjectScoreResponse>(scores.Scores.Length);
        foreach (var s in scores.Scores)
        {
            var holder = new DutyHolder(scores.BrigadeId, s.Subject.Kind, s.Subject.Id);
            shown.Add(Score(s, await permissions.Allows(caller, new Permission.Holder(holder, HolderAction.ReadRecords))));
        }

        return new ScoresResponse(
            scores.Period, SchemeResponse.Subjects(scores.Subjects), scores.AsOf, scores.Locked, scores.LockedBy, scores.LockedAt, [.. shown]);
    }

    private async Task<SubjectScoreResponse> One(DutyHolder subject, SubjectScore score) =>
        Score(score, await permissions.Allows(await callers.Get(), new Permission.Holder(subject, HolderAction.ReadRecords)));

    /// <summary>A subject's score as the reader may see it: <paramref name="details"/> false leaves out notes, evidence and detail causes' ids.</summary>
    public static SubjectScoreResponse Score(SubjectScore s, bool details) => new(
        new SubjectResponse(s.Subject.Kind, s.Subject.Id, s.Subject.Name), s.Points, s.Rank, s.Grade,
        [.. s.Lines.Select(l => new LineResponse(
            l.Indicator, l.MaxPoints, l.Auto,
            l.Self is { } self ? new SelfResponse(self.Points, details ? self.Note : null, details ? self.AttachmentIds : []) : null,
            l.Review is { } review ? new ReviewResponse(review.Points, review.Reason) : null,
            [.. l.Adjustments.Select(a => Adjustment(a, s.Subject.Name))],
            l.Points,
            [.. l.Causes.Select(c => details || !Details.Contains(c.Kind)
                ? new CauseResponse(c.Kind, c.Id, c.TaskId, c.On, c.Points, c.Label)
                : new CauseResponse(c.Kind, null, null, c.On, c.Points, null))]))]);

    private static AdjustmentResponse Adjustment(ScoreAdjustment a, string? name) => new(
        a.Id, a.Period, new SubjectResponse(a.Subject.Kind, a.Subject.Id, name), a.Indicator, a.Points, a.Reason, a.By, a.At);
}
