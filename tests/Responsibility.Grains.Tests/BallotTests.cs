namespace Responsibility.Grains.Tests;

using Microsoft.Data.Sqlite;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Appraisal;
using Responsibility.Grains.Abstractions.Ballots;
using Responsibility.Grains.Abstractions.Duties;
using Responsibility.Grains.Abstractions.Inbox;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Supervision;
using Responsibility.Storage.Events;

/// <summary>民主测评 at a 述责述廉 meeting: anonymous, one ballot per attendee and leader, tallied per leader.</summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class BallotTests(ClusterFixture cluster)
{
    public static readonly DateOnly MeetingDay = new(2025, 1, 8);
    private static readonly Voter LiMing = new("liming", "李明", null);
    private static readonly Voter ZhangHua = new("zhanghua", "张华", null);
    private static readonly Voter Zhao = new("zhao-account", "赵刚", "zhao");

    [Fact]
    public async Task StoredBallotNamesNoVoterAndCarriesOnlyTheMeetingDay()
    {
        var (_, meeting) = await Arrange(cluster);

        await meeting.CastBallot(LiMing, Ballot("zhao", 90, AppraisalGrade.Excellent));

        var rows = await BallotRows(cluster, (await meeting.Get())!.Definition.Id);
        var row = Assert.Single(rows);
        Assert.Equal(IBallotBoxGrain.Actor, row.Actor);
        Assert.Equal("2025-01-08T00:00:00.0000000Z", row.At);
        Assert.DoesNotContain("liming", row.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("李明", row.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwentyParallelBallotsOfOneAttendeeForOneLeaderCountOnce()
    {
        var (_, meeting) = await Arrange(cluster);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            try
            {
                await meeting.CastBallot(LiMing, Ballot("zhao", 80, AppraisalGrade.Competent));
                return (ErrorKind?)null;
            }
            catch (DomainException e)
            {
                return e.Kind;
            }
        }));

        Assert.Single(outcomes, o => o is null);
        Assert.Equal(19, outcomes.Count(o => o == ErrorKind.Conflict));
        Assert.Equal(1, (await meeting.Ratings()).Leaders.Single(l => l.LeaderId == "zhao").Ballots);
    }

    [Fact]
    public async Task ManyAttendeesVotingAtOnceAreAllCounted()
    {
        var names = Enumerable.Range(1, 12).Select(i => $"参会人{i}").ToArray();
        var (_, meeting) = await Arrange(cluster, names);

        await Task.WhenAll(names.Select(n => meeting.CastBallot(new Voter("u" + n, n, null), Ballot("wang", 75, AppraisalGrade.Competent))));

        Assert.Equal(12, (await meeting.Ratings()).Leaders.Single(l => l.LeaderId == "wang").Ballots);
    }

    [Fact]
    public async Task AveragesAndGradeCountsAreTheBallotsHandComputed()
    {
        var (_, meeting) = await Arrange(cluster);

        await meeting.CastBallot(LiMing, new Ballot("zhao", new BallotScores(90, 80, 70, 60, 50), AppraisalGrade.Excellent));
        await meeting.CastBallot(ZhangHua, new Ballot("zhao", new BallotScores(100, 100, 100, 100, 100), AppraisalGrade.Competent));
        await meeting.CastBallot(new Voter("wang-account", "王立侠", "wang"), new Ballot("zhao", new BallotScores(61, 62, 63, 64, 65), AppraisalGrade.Competent));

        var zhao = (await meeting.Ratings()).Leaders.Single(l => l.LeaderId == "zhao");
        Assert.Equal(3, zhao.Ballots);
        Assert.Equal(new RatingAverages(83.67, 80.67, 77.67, 74.67, 71.67), zhao.Averages);
        Assert.Equal(77.67, zhao.Overall);
        Assert.Equal(new GradeCounts(1, 2, 0, 0), zhao.Grades);
        Assert.False(zhao.BelowThreshold);
    }

    [Fact]
    public async Task OnlyAttendeesVoteForAnotherLeaderWithScoresInRange()
    {
        var (_, meeting) = await Arrange(cluster);

        var stranger = await Assert.ThrowsAsync<DomainException>(() => meeting.CastBallot(new Voter("x", "陈某", null), Ballot("zhao", 80, AppraisalGrade.Competent)));
        var self = await Assert.ThrowsAsync<DomainException>(() => meeting.CastBallot(Zhao, Ballot("zhao", 80, AppraisalGrade.Competent)));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => meeting.CastBallot(LiMing, Ballot("nobody", 80, AppraisalGrade.Competent)));
        var high = await Assert.ThrowsAsync<DomainException>(() => meeting.CastBallot(LiMing, Ballot("zhao", 101, AppraisalGrade.Competent)));
        var grade = await Assert.ThrowsAsync<DomainException>(() => meeting.CastBallot(LiMing, Ballot("zhao", 80, (AppraisalGrade)9)));

        Assert.Equal(
            [(ErrorKind.Forbidden, null), (ErrorKind.Forbidden, "leaderId"), (ErrorKind.Invalid, "leaderId"), (ErrorKind.Invalid, "scores"), (ErrorKind.Invalid, "grade")],
            new[] { stranger, self, unknown, high, grade }.Select(e => (e.Kind, e.Field)));
        Assert.All((await meeting.Ratings()).Leaders, l => Assert.Equal(0, l.Ballots));
        Assert.Empty(await meeting.RatedBy(LiMing));
    }

    [Fact]
    public async Task MonthlyMeetingHasNoRating()
    {
        var (brigade, _) = await Arrange(cluster);
        var monthly = cluster.Grains.GetGrain<IMeetingGrain>(RecordIds.New());
        await monthly.Record(new MeetingDraft(brigade.Id, MeetingDay, "1月党总支扩大会", "王立侠", ["李明"], [], null), "dadui");

        var refused = await Assert.ThrowsAsync<DomainException>(() => monthly.CastBallot(LiMing, Ballot("zhao", 80, AppraisalGrade.Competent)));

        Assert.Equal(ErrorKind.Conflict, refused.Kind);
        Assert.Equal(MeetingKind.Monthly, (await monthly.Get())!.Definition.Kind);
    }

    [Fact]
    public async Task ClosedRatingIsFinalAndAsksTheFirstResponsibleForAReminderTalkUntilRecorded()
    {
        var (brigade, meeting) = await Arrange(cluster);
        await meeting.CastBallot(LiMing, Ballot("zhao", 60, AppraisalGrade.Basic));
        await meeting.CastBallot(ZhangHua, Ballot("wang", 95, AppraisalGrade.Excellent));

        var closed = (await meeting.CloseRating("dadui")).Ratings!;
        var late = await Assert.ThrowsAsync<DomainException>(() => meeting.CastBallot(ZhangHua, Ballot("zhao", 60, AppraisalGrade.Basic)));
        var wangInbox = await Inbox(brigade, "wang");
        var zhaoInbox = await Inbox(brigade, "zhao");
        cluster.Time.AdjustTime(new DateTimeOffset(MeetingDay.AddDays(3).ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero));
        await cluster.Grains.GetGrain<ILeaderGrain>(GrainKeys.Leader(brigade.Id, "wang")).Record(
            new DutyRecordDraft(DutyRecordKind.Reminder, MeetingDay.AddDays(2), "就民主测评结果进行提醒谈话", ["赵刚"], [], [], null), "wang-account");
        var afterTalk = await Inbox(brigade, "wang");

        Assert.True(closed.Closed);
        Assert.Equal((true, false), (closed.Leaders.Single(l => l.LeaderId == "zhao").BelowThreshold, closed.Leaders.Single(l => l.LeaderId == "wang").BelowThreshold));
        Assert.Equal(ErrorKind.Conflict, late.Kind);
        var item = Assert.Single(wangInbox, i => i.Kind == InboxItemKind.ReminderTalk);
        Assert.Equal(("zhao", meeting.GetPrimaryKeyString()), (item.LeaderId, item.MeetingId));
        Assert.DoesNotContain(zhaoInbox, i => i.Kind == InboxItemKind.ReminderTalk);
        Assert.DoesNotContain(afterTalk, i => i.Kind == InboxItemKind.ReminderTalk);
    }

    [Fact]
    public void MeetingStoredBeforeKindsReadsAsMonthly()
    {
        const string payload = """{"definition":{"id":"m1","brigadeId":"b1","date":"2024-06-05","title":"6月党总支扩大会","chair":"王立侠","attendees":[],"topics":[],"reportMonth":"2024-05","reportVersion":1}}""";

        var e = MeetingEvent.Codec.Decode(new StoredEvent("meeting/m1", 1, "b1", "MeetingRecorded", payload, "dadui", DateTimeOffset.UnixEpoch, 1));

        Assert.Equal(MeetingKind.Monthly, Assert.IsType<MeetingRecorded>(e).Definition.Kind);
    }

    public static Ballot Ballot(string leaderId, int score, AppraisalGrade grade) => new(leaderId, new BallotScores(score, score, score, score, score), grade);

    public static async Task<(TestBrigade Brigade, IMeetingGrain Meeting)> Arrange(ClusterFixture cluster, string[]? attendees = null)
    {
        cluster.Time.AdjustTime(new DateTimeOffset(MeetingDay.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var meeting = cluster.Grains.GetGrain<IMeetingGrain>(RecordIds.New());
        await meeting.Record(
            new MeetingDraft(brigade.Id, MeetingDay, "2024年度述责述廉会议", "王立侠", attendees ?? ["赵刚", "李明", "张华"], ["班子成员述责述廉", "民主测评"], null, MeetingKind.Accountability),
            "dadui");
        return (brigade, meeting);
    }

    public static async Task<List<(string Actor, string At, string Payload)>> BallotRows(ClusterFixture cluster, string meetingId)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(cluster.DataPath, "responsibility.db"), Pooling = false,
        }.ToString());
        await db.OpenAsync();
        var command = db.CreateCommand();
        command.CommandText = "SELECT actor, recorded_at, payload FROM events WHERE stream_id = $stream";
        command.Parameters.AddWithValue("$stream", "ballots/" + meetingId);
        var rows = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    private async Task<InboxItem[]> Inbox(TestBrigade brigade, string leaderId) =>
        (await cluster.Grains.GetGrain<IInboxGrain>(brigade.Id).For(new InboxReader(leaderId + "-account", Role.BrigadeLeader, null, leaderId))).Items;
}
