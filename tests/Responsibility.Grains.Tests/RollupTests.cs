namespace Responsibility.Grains.Tests;

using Responsibility.Grains.Abstractions.Tasks;

[Collection(ClusterCollection.Name)]
public sealed class RollupTests(ClusterFixture cluster)
{
    private static readonly DateOnly June1 = new(2024, 6, 1);

    [Fact]
    public async Task ReportedProgressMovesUnitLeaderLineAndBrigadeRollupsBeforeTheCallReturns()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);

        await brigade.Task(task.Definition.Id).ReportProgress(TestBrigade.Report(6, June1), "li");

        var unit = await brigade.Unit("fazhi").GetRollup(2024, null);
        var leader = await brigade.Leader("wang").GetRollup(2024, null);
        var whole = await brigade.Brigade.GetRollup(2024, null);
        Assert.Equal(0.5, unit.Rollup.Percent, 6);
        Assert.Equal(0.5, leader.Accountability.Percent, 6);
        Assert.Equal(0, leader.Business.TaskCount);
        Assert.Equal(0.5, whole.Overall.Percent, 6);
        Assert.Equal(0.5, whole.Units.Single(u => u.UnitId == "fazhi").Rollup.Percent, 6);
    }

    [Fact]
    public async Task ReturnedEntryStopsCountingInEveryRollup()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 400, "press");
        var taskGrain = brigade.Task(task.Definition.Id);
        await taskGrain.ReportProgress(TestBrigade.Report(100, June1), "zhang");
        var wrong = await taskGrain.ReportProgress(TestBrigade.Report(200, June1), "zhang");

        var returned = await taskGrain.ReturnEntry(wrong.Entry.Id, "数字有误", "zhao");

        Assert.True(returned.Entry.Returned);
        Assert.Equal(0.25, returned.Task.Progress.Percent, 6);
        Assert.Equal(0.25, (await brigade.Unit("xuanchuan").GetRollup(2024, null)).Rollup.Percent, 6);
        Assert.Equal(0.25, (await brigade.Leader("zhao").GetRollup(2024, null)).Business.Percent, 6);
        var whole = await brigade.Brigade.GetRollup(2024, null);
        Assert.Equal(0.25, whole.Overall.Percent, 6);
        Assert.Equal(100, whole.Indicators.Single(i => i.Code == "press").Actual);
    }

    [Fact]
    public async Task LeaderRollupSplitsBusinessAndAccountabilityLines()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var business = await brigade.AddCount("FZ-B1", "fazhi", DutyLine.Business, 10);
        await brigade.AddCount("FZ-A1", "fazhi", DutyLine.Accountability, 10);

        await brigade.Task(business.Definition.Id).ReportProgress(TestBrigade.Report(10, June1), "li");

        var leader = await brigade.Leader("wang").GetRollup(2024, null);
        Assert.Equal(1, leader.Business.Percent, 6);
        Assert.Equal(1, leader.Business.Counts.Done);
        Assert.Equal(0, leader.Accountability.Percent, 6);
        Assert.Equal(1, leader.Accountability.TaskCount);
        var listed = await brigade.Brigade.ListTasks(new TaskFilter(2024, LeaderId: "wang"), null);
        Assert.Equal([business.Definition.Id], listed.Where(t => t.Definition.DutyLine == DutyLine.Business).Select(t => t.Definition.Id));
    }

    [Fact]
    public async Task PastAsOfReplaysEntriesByTheDayTheyHappened()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-02", "fazhi", DutyLine.Accountability, 12);
        var taskGrain = brigade.Task(task.Definition.Id);
        await taskGrain.ReportProgress(TestBrigade.Report(3, new DateOnly(2024, 3, 31)), "li");
        await taskGrain.ReportProgress(TestBrigade.Report(3, new DateOnly(2024, 4, 1)), "li");

        var endOfMarch = await brigade.Brigade.GetRollup(2024, new DateOnly(2024, 3, 31));
        var unitEndOfMarch = await brigade.Unit("fazhi").GetRollup(2024, new DateOnly(2024, 3, 31));
        var today = await brigade.Brigade.GetRollup(2024, null);

        Assert.Equal(0.25, endOfMarch.Overall.Percent, 6);
        Assert.Equal(0.25, unitEndOfMarch.Rollup.Percent, 6);
        Assert.Equal(new DateOnly(2024, 3, 31), endOfMarch.AsOf);
        Assert.Equal(0.5, today.Overall.Percent, 6);
        Assert.Equal(new DateOnly(2024, 6, 15), today.AsOf);
    }

    [Fact]
    public async Task PastDayReadAgainShowsAnEntryRecordedSinceForThatDay()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-02", "fazhi", DutyLine.Accountability, 12);
        var taskGrain = brigade.Task(task.Definition.Id);
        await taskGrain.ReportProgress(TestBrigade.Report(3, new DateOnly(2024, 3, 10)), "li");
        var endOfMarch = new DateOnly(2024, 3, 31);

        var first = await brigade.Brigade.GetRollup(2024, endOfMarch);
        var again = await brigade.Brigade.GetRollup(2024, endOfMarch);
        // Recorded today, dated in March: the end of March is replayed anew.
        await taskGrain.ReportProgress(TestBrigade.Report(3, new DateOnly(2024, 3, 20)), "li");
        var afterLateEntry = await brigade.Brigade.GetRollup(2024, endOfMarch);

        Assert.Equal(0.25, first.Overall.Percent, 6);
        Assert.Equal(first.Overall.Percent, again.Overall.Percent, 6);
        Assert.Equal(0.5, afterLateEntry.Overall.Percent, 6);
    }

    [Fact]
    public async Task MovingATaskToAnotherUnitMovesItBetweenUnitAndLeaderRollups()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var task = await brigade.AddCount("FZ-03", "fazhi", DutyLine.Business, 10);
        await brigade.Task(task.Definition.Id).ReportProgress(TestBrigade.Report(5, June1), "li");

        var moved = await brigade.Task(task.Definition.Id).Update(new TaskPatch(UnitId: "xuanchuan"), task.Version + 1, "admin");

        Assert.Equal("zhao", moved.Definition.LeaderId);
        Assert.Equal(0, (await brigade.Unit("fazhi").GetRollup(2024, null)).Rollup.TaskCount);
        Assert.Equal(0.5, (await brigade.Unit("xuanchuan").GetRollup(2024, null)).Rollup.Percent, 6);
        Assert.Equal(0, (await brigade.Leader("wang").GetRollup(2024, null)).Business.TaskCount);
        Assert.Equal(0.5, (await brigade.Leader("zhao").GetRollup(2024, null)).Business.Percent, 6);
    }

    [Fact]
    public async Task UnitGrainRollupAgreesWithTheBrigadesEntryForThatUnit()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var count = await brigade.AddCount("FZ-04", "fazhi", DutyLine.Accountability, 12);
        var rate = await brigade.AddRate("FZ-05", "fazhi", DutyLine.Accountability, 0.9);
        await brigade.Task(count.Definition.Id).ReportProgress(TestBrigade.Report(2, June1), "li");
        await brigade.Task(rate.Definition.Id).ReportProgress(TestBrigade.Report(0.72, June1), "li");

        var unit = await brigade.Unit("fazhi").GetRollup(2024, null);
        var fromBrigade = (await brigade.Brigade.GetRollup(2024, null)).Units.Single(u => u.UnitId == "fazhi");

        Assert.Equal(fromBrigade.Rollup.Percent, unit.Rollup.Percent, 9);
        Assert.Equal(fromBrigade.Rollup.Counts, unit.Rollup.Counts);
        Assert.Equal(2, unit.Rollup.Lagging.Length);
    }
}
