namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>A meeting heard last month's report; its decisions become instructions, tracked to 办结 in the next report.</summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class MeetingTests(ClusterFixture cluster)
{
    private static readonly DateOnly MeetingDay = new(2024, 6, 5);

    [Fact]
    public async Task DecisionBecomesOneInstructionPerUnitUnderItsLeaderDatedTheMeetingDay()
    {
        var (brigade, meeting) = await ArrangeMeeting();

        var recorded = await meeting.AddDecision(new DecisionDraft("开展酒驾集中整治", ["fazhi", "xuanchuan"], "zhao", new DateOnly(2024, 6, 20)), "dadui");

        var decision = recorded.Decisions.Single();
        var issued = await brigade.Supervision(cluster.Grains).ListInstructions(new InstructionFilter(MeetingId: recorded.Definition.Id));
        Assert.Equal(2, decision.InstructionIds.Length);
        Assert.Equal(["fazhi", "xuanchuan"], issued.Select(v => v.Record.Definition.UnitId).Order());
        Assert.All(issued, v => Assert.Equal(("zhao", MeetingDay, 1, "dadui"),
            (v.Record.Definition.LeaderId, v.Record.Definition.IssuedOn, v.Record.Definition.DecisionNumber, v.Record.Definition.Author)));
    }

    [Fact]
    public async Task MeetingHearsTheMonthBeforeAndGeneratesItsReportWhenNoneIsStored()
    {
        var (brigade, meeting) = await ArrangeMeeting();

        var recorded = (await meeting.Get())!;

        Assert.Equal(("2024-05", 1), (recorded.Definition.ReportMonth, recorded.Definition.ReportVersion));
        Assert.Contains(await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).List(), r => (r.Year, r.Month) == (2024, 5));
    }

    [Fact]
    public async Task MeetingDatedAfterTodayIsRefusedNamingDateAndRecordsNothing()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 6, 5, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var meeting = cluster.Grains.GetGrain<IMeetingGrain>(RecordIds.New());

        var refused = await Assert.ThrowsAsync<DomainException>(() => meeting.Record(Draft(brigade, new DateOnly(2024, 6, 6)), "dadui"));

        Assert.Equal((ErrorKind.Invalid, "date"), (refused.Kind, refused.Field));
        Assert.Null(await meeting.Get());
        Assert.Empty(await brigade.Supervision(cluster.Grains).ListMeetings());
    }

    [Fact]
    public async Task DecisionDueBeforeTheMeetingIsRefusedNamingDueDateAndIssuesNothing()
    {
        var (brigade, meeting) = await ArrangeMeeting();

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            meeting.AddDecision(new DecisionDraft("补记", ["fazhi"], "wang", MeetingDay.AddDays(-1)), "dadui"));

        Assert.Equal((ErrorKind.Invalid, "dueDate"), (refused.Kind, refused.Field));
        Assert.Empty((await meeting.Get())!.Decisions);
        Assert.Empty(await brigade.Supervision(cluster.Grains).ListInstructions(new InstructionFilter()));
    }

    [Fact]
    public async Task DecisionsTrackedToClosedAreShownInTheNextMonthsReport()
    {
        var (brigade, meeting) = await ArrangeMeeting();
        var decided = await meeting.AddDecision(new DecisionDraft("开展酒驾集中整治", ["fazhi", "xuanchuan"], "zhao", new DateOnly(2024, 6, 20)), "dadui");
        var fazhi = cluster.Grains.Instruction(decided.Decisions[0].InstructionIds[0]);
        await fazhi.Answer("已开展集中整治 3 次", [], "fazhi-head");
        await fazhi.Close("dadui");
        var standalone = await brigade.OnUnit(cluster.Grains, "xuanchuan", "做好宣传月活动", new DateOnly(2024, 6, 25));

        cluster.Time.AdjustTime(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var june = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 6, "dadui");

        var previous = june.PreviousMeeting!;
        Assert.Equal((decided.Definition.Id, MeetingDay), (previous.MeetingId, previous.Date));
        var units = previous.Decisions.Single().Units.ToDictionary(u => u.UnitName, u => u.Status);
        Assert.Equal(InstructionStatus.Closed, units["法制室"]);
        Assert.Equal(InstructionStatus.Overdue, units["宣传中队"]);
        Assert.Equal([standalone.Definition.Id], june.Instructions!.Select(i => i.InstructionId));
        Assert.Equal(InstructionStatus.Overdue, june.Instructions![0].Status);
    }

    [Fact]
    public async Task MinutesNameTheUnitsAndTheSupervisingLeader()
    {
        var (_, meeting) = await ArrangeMeeting();
        await meeting.AddDecision(new DecisionDraft("开展酒驾集中整治", ["fazhi", "xuanchuan"], "zhao", new DateOnly(2024, 6, 20)), "dadui");

        var minutes = await meeting.Minutes();

        var decision = minutes.Decisions.Single();
        Assert.Equal(["法制室", "宣传中队"], decision.UnitNames);
        Assert.Equal("赵刚", decision.LeaderName);
        Assert.Equal(("2024-05", "淄川大队总支部委员会"), (minutes.ReportMonth, minutes.Header.PartyOrgName));
    }

    private async Task<(TestBrigade Brigade, IMeetingGrain Meeting)> ArrangeMeeting()
    {
        cluster.Time.AdjustTime(new DateTimeOffset(2024, 5, 10, 4, 0, 0, TimeSpan.Zero));
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        cluster.Time.AdjustTime(new DateTimeOffset(MeetingDay.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero));
        var meeting = cluster.Grains.GetGrain<IMeetingGrain>(RecordIds.New());
        await meeting.Record(Draft(brigade, MeetingDay), "dadui");
        return (brigade, meeting);
    }

    private static MeetingDraft Draft(TestBrigade brigade, DateOnly date) =>
        new(brigade.Id, date, "6月党总支扩大会", "王立侠", ["王立侠", "韩振东", "赵刚"], ["听取5月重点工作推进情况"], null);
}
