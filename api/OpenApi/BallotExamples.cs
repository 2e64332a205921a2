namespace Responsibility.Api.OpenApi;

using Responsibility.Api.Meetings;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Ballots;

/// <summary>
/// Examples of the 民主测评 (see <see cref="Examples"/>): a ballot for 刘海涛 at the January 2027 述责述廉 meeting, and the
/// results as 王立侠 closed them: 12 ballots, nobody named.
/// </summary>
internal static class BallotExamples
{
    private const string MeetingId = "019b7a1c2d3e4f5061728394a5b6c7d8";

    private static readonly MeetingRatings Closed = new(
        MeetingId, new DateOnly(2027, 1, 8), true, new DateTimeOffset(2027, 1, 8, 17, 30, 0, TimeSpan.FromHours(8)), "dadui", 70,
        [
            new LeaderRating(
                "liuhaitao", "刘海涛", 12, new RatingAverages(88.5, 91.25, 87.08, 85.67, 90.42), 88.58, new GradeCounts(7, 5, 0, 0), false),
        ]);

    public static readonly IReadOnlyDictionary<string, (object? Request, object? Response)> ByOperation =
        new Dictionary<string, (object?, object?)>
        {
            ["castBallot"] = (new CastBallot("liuhaitao", new BallotScoresBody(90, 92, 88, 85, 91), AppraisalGrade.Excellent), null),
            ["closeRating"] = (null, Closed),
        };
}
