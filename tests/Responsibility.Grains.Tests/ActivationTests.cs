namespace Responsibility.Grains.Tests;

using Orleans.Runtime;
using Responsibility.Grains.Abstractions.Tasks;

[Collection(ClusterCollection.Name)]
public sealed class ActivationTests(ClusterFixture cluster)
{
    private static readonly DateOnly June1 = new(2024, 6, 1);

    [Fact]
    public async Task ReactivatedBrigadeRebuildsTheSameRollupFromItsTasks()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var press = await brigade.AddCount("XC-01", "xuanchuan", DutyLine.Business, 400, "press");
        var checks = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        await brigade.Task(press.Definition.Id).ReportProgress(TestBrigade.Report(150, June1), "zhang");
        await brigade.Task(checks.Definition.Id).ReportProgress(TestBrigade.Report(3, June1), "li");
        var before = await brigade.Brigade.GetRollup(2024, null);

        await DeactivateEverything();
        var after = await brigade.Brigade.GetRollup(2024, null);

        Assert.Equal(before.Overall.Percent, after.Overall.Percent, 12);
        Assert.Equal(before.Overall.Counts, after.Overall.Counts);
        Assert.Equal(before.Indicators, after.Indicators);
        Assert.Equal(before.Units.Select(u => u.Rollup.Percent), after.Units.Select(u => u.Rollup.Percent));
        Assert.Equal(2, after.Overall.TaskCount);
    }

    [Fact]
    public async Task ReactivatedUnitAndLeaderRebuildTheirRollups()
    {
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var checks = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        await brigade.Task(checks.Definition.Id).ReportProgress(TestBrigade.Report(4, June1), "li");

        await DeactivateEverything();

        Assert.Equal(4.0 / 12, (await brigade.Unit("fazhi").GetRollup(2024, null)).Rollup.Percent, 9);
        Assert.Equal(4.0 / 12, (await brigade.Leader("wang").GetRollup(2024, null)).Accountability.Percent, 9);
    }

    [Fact]
    public async Task ProgressOnACollectedBrigadeCompletesWhileTheBrigadeRebuildsFromThatTask()
    {
        // The brigade's activation reads every task, including the one waiting on it: GetSnapshot must interleave.
        var brigade = await new TestBrigade(cluster.Grains).Create();
        var checks = await brigade.AddCount("FZ-01", "fazhi", DutyLine.Accountability, 12);
        await DeactivateEverything();

        var report = brigade.Task(checks.Definition.Id).ReportProgress(TestBrigade.Report(6, June1), "li");
        var finished = await Task.WhenAny(report, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.Same(report, finished);
        Assert.Equal(0.5, (await brigade.Brigade.GetRollup(2024, null)).Overall.Percent, 9);
    }

    private Task DeactivateEverything() =>
        cluster.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
}
