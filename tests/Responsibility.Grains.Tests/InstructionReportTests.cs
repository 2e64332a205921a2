namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Supervision;
using Responsibility.Grains.Abstractions.Tasks;

/// <summary>
/// Section 六 of a month: the instructions and meeting decisions of the month and those still in play from before, each
/// where it stands on the report's date; what was closed before the month is gone; the latest meeting held by the
/// month's end is 上次例会, whose decisions the next meeting hears.
/// </summary>
[Collection(SupervisionClusterCollection.Name)]
public sealed class InstructionReportTests(ClusterFixture cluster)
{
    [Fact]
    public async Task MonthsReportLeavesOutWhatWasClosedBeforeItAndShowsEachInstructionAsItStandsOnTheReportsDate()
    {
        At(5, 10);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        var closedInMay = await brigade.OnUnit(cluster.Grains, "fazhi", "五月已办结的批示", new DateOnly(2024, 5, 20));
        await cluster.Grains.Instruction(closedInMay.Definition.Id).Close("dadui");
        var closedInJune = await brigade.OnUnit(cluster.Grains, "fazhi", "六月办结的批示", new DateOnly(2024, 6, 10));
        var stillOpen = await brigade.OnUnit(cluster.Grains, "xuanchuan", "六月底仍未答复的批示", new DateOnly(2024, 6, 20));
        At(6, 12);
        await cluster.Grains.Instruction(closedInJune.Definition.Id).Close("dadui");
        var issuedInJune = await brigade.OnUnit(cluster.Grains, "fazhi", "六月新交办的批示", new DateOnly(2024, 7, 20));

        At(7, 2);
        await cluster.Grains.Instruction(stillOpen.Definition.Id).Answer("七月才答复", [], "xuanchuan-head");
        var issuedInJuly = await brigade.OnUnit(cluster.Grains, "fazhi", "七月交办的批示", new DateOnly(2024, 7, 20));
        var june = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 6, "dadui");

        var lines = june.Instructions!.ToDictionary(i => i.Text);
        Assert.Equal(["六月办结的批示", "六月底仍未答复的批示", "六月新交办的批示"], lines.Keys.Order());
        Assert.Equal(InstructionStatus.Closed, lines["六月办结的批示"].Status);
        Assert.Equal((InstructionStatus.Overdue, "七月才答复"), (lines["六月底仍未答复的批示"].Status, lines["六月底仍未答复的批示"].Answer));
        Assert.Equal(InstructionStatus.Open, lines["六月新交办的批示"].Status);
        Assert.Equal(new DateOnly(2024, 7, 2), june.SupervisionAsOf);
        Assert.Equal(issuedInJune.Definition.Id, lines["六月新交办的批示"].InstructionId);
        Assert.DoesNotContain(june.Instructions!, i => i.InstructionId == issuedInJuly.Definition.Id);
    }

    [Fact]
    public async Task MeetingHeldLateInTheMonthAndRecordedAfterItEndedIsTheNextMeetingsPreviousMeeting()
    {
        At(5, 10);
        var brigade = await new TestBrigade(cluster.Grains).Create();
        await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        At(7, 1);
        var automatic = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 6, "dadui");
        At(7, 3);
        var june = await Meeting(brigade, new DateOnly(2024, 6, 26), "6月党总支扩大会");
        var decided = await june.AddDecision(new DecisionDraft("完成执法记录仪数据上传情况核查", ["fazhi"], "zhao", new DateOnly(2024, 7, 1)), "dadui");
        await cluster.Grains.Instruction(decided.Decisions[0].InstructionIds[0]).Answer("已核查完毕", [], "fazhi-head");

        At(7, 5);
        var july = await Meeting(brigade, new DateOnly(2024, 7, 5), "7月党总支扩大会");
        await july.AddDecision(new DecisionDraft("七月的议定事项", ["xuanchuan"], "zhao", new DateOnly(2024, 7, 30)), "dadui");
        var regenerated = await cluster.Grains.GetGrain<IReportScheduleGrain>(brigade.Id).Generate(2024, 6, "dadui");

        Assert.Null(automatic.PreviousMeeting);
        var previous = regenerated.PreviousMeeting!;
        Assert.Equal(("6月党总支扩大会", new DateOnly(2024, 6, 26)), (previous.Title, previous.Date));
        var unit = previous.Decisions.Single().Units.Single();
        Assert.Equal((InstructionStatus.Overdue, "已核查完毕"), (unit.Status, unit.Answer));
        Assert.Empty(regenerated.Instructions!);
    }

    private async Task<IMeetingGrain> Meeting(TestBrigade brigade, DateOnly date, string title)
    {
        var meeting = cluster.Grains.GetGrain<IMeetingGrain>(RecordIds.New());
        await meeting.Record(new MeetingDraft(brigade.Id, date, title, "王立侠", ["王立侠", "韩振东", "赵刚"], ["听取上月重点工作推进情况"], null), "dadui");
        return meeting;
    }

    private void At(int month, int day) => cluster.Time.AdjustTime(new DateTimeOffset(2024, month, day, 4, 0, 0, TimeSpan.Zero));
}
