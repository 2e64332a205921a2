namespace Responsibility.Grains.Domain.Ballots;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Abstractions.Org;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>Who votes at a 述责述廉 meeting and what a ballot must be; decided by the meeting grain.</summary>
public static class BallotRules
{
    /// <summary>
    /// The attendee the voter is, as the meeting names them (its chair or one of its attendees): by the account's display
    /// name, or by the name of the leader the account is. Null for anyone else.
    /// </summary>
    public static string? AttendeeName(Voter voter, MeetingDefinition meeting, BrigadeInfo brigade)
    {
        string[] present = [meeting.Chair, .. meeting.Attendees];
        var leaderName = voter.LeaderId is { } id ? Array.Find(brigade.Leaders, l => l.Id == id)?.Name : null;
        return leaderName is not null && present.Contains(leaderName) ? leaderName
            : present.Contains(voter.DisplayName) ? voter.DisplayName
            : null;
    }

    /// <summary>A ballot for another of the brigade's leaders, five scores 0–100 and a 档次 that exists.</summary>
    public static void Check(Ballot ballot, Voter voter, BrigadeInfo brigade)
    {
        if (Array.TrueForAll(brigade.Leaders, l => l.Id != ballot.LeaderId))
        {
            throw DomainException.Invalid("leaderId", $"班子成员 {ballot.LeaderId} 不存在。");
        }

        if (ballot.LeaderId == voter.LeaderId)
        {
            throw new DomainException(ErrorKind.Forbidden, "不能为本人测评。", "leaderId");
        }

        if (Array.Exists(ballot.Scores.All, s => s is < 0 or > BallotScores.Max))
        {
            throw DomainException.Invalid("scores", $"各项评分须为 0 到 {BallotScores.Max} 之间的整数。");
        }

        if (!Enum.IsDefined(ballot.Grade))
        {
            throw DomainException.Invalid("grade", "档次须为优秀、称职、基本称职或不称职。");
        }
    }

    /// <summary>
    /// Each of the brigade's leaders (and any other leader ballots name) with the ballots counted for them: the average of
    /// each dimension, the overall average of all five, the count per 档次; below <paramref name="threshold"/> only when rated.
    /// </summary>
    public static LeaderRating[] Tally(IReadOnlyList<Ballot> ballots, BrigadeInfo brigade, double threshold)
    {
        var ids = brigade.Leaders.Select(l => l.Id).Concat(ballots.Select(b => b.LeaderId)).Distinct();
        return [.. ids.Select(id => Rate(id, Array.Find(brigade.Leaders, l => l.Id == id)?.Name ?? id, [.. ballots.Where(b => b.LeaderId == id)], threshold))];
    }

    private static LeaderRating Rate(string leaderId, string name, Ballot[] ballots, double threshold)
    {
        double Average(Func<BallotScores, int> dimension) =>
            ballots.Length == 0 ? 0 : Round((double)ballots.Sum(b => dimension(b.Scores)) / ballots.Length);

        var overall = ballots.Length == 0 ? 0 : Round((double)ballots.Sum(b => b.Scores.All.Sum()) / (ballots.Length * 5));
        int Count(AppraisalGrade grade) => ballots.Count(b => b.Grade == grade);
        return new LeaderRating(
            leaderId, name, ballots.Length,
            new RatingAverages(Average(s => s.Responsibility), Average(s => s.Discipline), Average(s => s.Centralism), Average(s => s.Style), Average(s => s.Integrity)),
            overall,
            new GradeCounts(Count(AppraisalGrade.Excellent), Count(AppraisalGrade.Competent), Count(AppraisalGrade.Basic), Count(AppraisalGrade.Incompetent)),
            ballots.Length > 0 && overall < threshold);
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
