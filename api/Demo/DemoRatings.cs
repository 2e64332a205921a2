namespace Responsibility.Api.Demo;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Supervision;

/// <summary>
/// The demo's 民主测评 of last year: the 述责述廉 meeting on 15 January, the 班子成员 and the unit heads attending, each
/// rating every leader but themselves on the five dimensions; the 教导员 closes the rating the same day. 高鹏's 问题查摆 was
/// sent back and his 非现场执法 drew complaints, so he falls below the threshold of 70: the 大队长 holds the 提醒谈话 five
/// days later and records it, which clears it from her 待办.
/// </summary>
internal static class DemoRatings
{
    public const string Rated = "gaopeng";

    /// <summary>How each leader is rated on average, before each voter's own leaning: 高鹏 below the threshold.</summary>
    private static readonly Dictionary<string, int> Standing = new(StringComparer.Ordinal)
    {
        ["wanglixia"] = 93, ["hanzhendong"] = 91, ["liuhaitao"] = 86, ["zhaozhigang"] = 88, [Rated] = 66,
    };

    /// <summary>Adds the meeting, its ballots, the close and the 提醒谈话; returns the meeting's id.</summary>
    public static string Add(DemoTimeline timeline, IGrainFactory grains, DateOnly today)
    {
        var id = RecordIds.New();
        var meeting = grains.GetGrain<IMeetingGrain>(id);
        var held = new DateOnly(today.Year, 1, 15);
        var voters = DemoOrganisation.Logins
            .Where(l => l.Role is Grains.Abstractions.Accounts.Role.Leader or Grains.Abstractions.Accounts.Role.BrigadeLeader
                        or Grains.Abstractions.Accounts.Role.UnitHead)
            .Select(l => new Voter(l.Username, l.DisplayName, l.LeaderId))
            .ToArray();
        timeline.At(held, new TimeOnly(9, 0), () => meeting.Record(
            new MeetingDraft(
                DemoOrganisation.BrigadeId, held, $"{today.Year - 1}年度班子成员述责述廉会议", "韩振东",
                [.. voters.Select(v => v.DisplayName).Where(n => n != "韩振东")],
                [$"班子成员述责述廉（{today.Year - 1}年度）", "民主测评"], null, MeetingKind.Accountability),
            DemoSeeder.Clerk));
        timeline.At(held, new TimeOnly(11, 30), async () =>
        {
            foreach (var (voter, v) in voters.Select((v, i) => (v, i)))
            {
                foreach (var leader in DemoOrganisation.Leaders.Where(l => l.Id != voter.LeaderId))
                {
                    await meeting.CastBallot(voter, Ballot(leader.Id, v));
                }
            }
        });
        timeline.At(held, new TimeOnly(12, 0), () => meeting.CloseRating(DemoOrganisation.LeaderUsername("hanzhendong")));

        var first = grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(DemoOrganisation.BrigadeId, "wanglixia"));
        timeline.At(held.AddDays(5), new TimeOnly(15, 0), () => first.Record(
            new DutyRecordDraft(
                DutyRecordKind.Reminder, held.AddDays(5),
                "针对民主测评得分偏低的情况，与高鹏同志开展提醒谈话，指出非现场执法审核把关不严、分管单位廉政教育不经常等问题，要求其认真查摆原因，限期整改。",
                ["高鹏"], [], [], null),
            DemoOrganisation.BrigadeLeaderUsername));
        return id;
    }

    /// <summary>A voter's ballot for a leader: the leader's standing, moved a little by the voter so averages are not round.</summary>
    private static Ballot Ballot(string leaderId, int voter)
    {
        var standing = Standing[leaderId];
        int Score(int dimension) => Math.Clamp(standing + ((voter * 7 + dimension * 3) % 9) - 4, 0, 100);
        var scores = new BallotScores(Score(0), Score(1), Score(2), Score(3), Score(4));
        var overall = (scores.Responsibility + scores.Discipline + scores.Centralism + scores.Style + scores.Integrity) / 5.0;
        return new Ballot(leaderId, scores, GradeThresholds.Default.Grade((decimal)overall));
    }
}
