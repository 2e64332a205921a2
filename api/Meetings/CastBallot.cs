namespace Responsibility.Api.Meetings;

using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Ballots;

/// <summary>An attendee's anonymous 民主测评 ballot for one leader: five dimensions 0–100 and a 档次.</summary>
public sealed record CastBallot([property: Required] string? LeaderId, [property: Required] BallotScoresBody? Scores, [property: Required] AppraisalGrade? Grade)
    : IRequest<Unit>, IAuthorizedRequest
{
    [JsonIgnore]
    public string MeetingId { get; init; } = "";

    public Permission Permission => new Permission.Meeting(MeetingId, MeetingAction.Vote);
}

/// <summary>落实主体责任, 政治纪律, 民主集中制, 改进作风, 廉洁自律: whole numbers 0–100 (numbers, so 101 or 1e308 get a named 400).</summary>
public sealed record BallotScoresBody(
    [property: Required] double? Responsibility, [property: Required] double? Discipline, [property: Required] double? Centralism,
    [property: Required] double? Style, [property: Required] double? Integrity);

public sealed class CastBallotValidator : AbstractValidator<CastBallot>
{
    public CastBallotValidator()
    {
        RuleFor(r => r.LeaderId).IsSlug();
        RuleFor(r => r.Grade).NotNull().WithMessage("须选择档次。").IsInEnum();
        RuleFor(r => r.Scores).NotNull().WithMessage("须填写五项评分。");
        When(r => r.Scores is not null, () =>
        {
            Score(r => r.Scores!.Responsibility, "scores.responsibility");
            Score(r => r.Scores!.Discipline, "scores.discipline");
            Score(r => r.Scores!.Centralism, "scores.centralism");
            Score(r => r.Scores!.Style, "scores.style");
            Score(r => r.Scores!.Integrity, "scores.integrity");
        });
    }

    private void Score(System.Linq.Expressions.Expression<Func<CastBallot, double?>> score, string field) =>
        RuleFor(score)
            .NotNull().WithMessage("须填写此项评分。")
            .Must(s => s is not { } v || (v is >= 0 and <= BallotScores.Max && v == Math.Floor(v)))
            .WithMessage($"评分须为 0 到 {BallotScores.Max} 之间的整数。")
            .OverridePropertyName(field);
}

public sealed class CastBallotHandler(IGrainFactory grains, CallerAccessor callers) : IRequestHandler<CastBallot, Unit>
{
    public async ValueTask<Unit> Handle(CastBallot r, CancellationToken cancellationToken)
    {
        var caller = await callers.Get();
        var s = r.Scores!;
        var scores = new BallotScores(
            (int)s.Responsibility!.Value, (int)s.Discipline!.Value, (int)s.Centralism!.Value, (int)s.Style!.Value, (int)s.Integrity!.Value);
        await grains.GetGrain<IMeetingGrain>(r.MeetingId).CastBallot(Voters.Of(caller), new Ballot(r.LeaderId!, scores, r.Grade!.Value));
        return Unit.Value;
    }
}
